package io.ordertrail.notifications.web;

import io.ordertrail.notifications.application.NotificationDigests;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** On the account page: the person switches the email digest of their unread notifications on or off. */
@Named
@ViewScoped
public class DigestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationDigests digests;

    private boolean on;
    private boolean email;

    @PostConstruct
    void read() {
        on = digests.isSwitchedOn();
        email = digests.hasEmail();
    }

    public void save() {
        digests.switchTo(on);
        Messages.infoOnThisPage(PageLanguage.texts().get(on ? "account.digest.on" : "account.digest.off"));
    }

    public boolean isOn() {
        return on;
    }

    public void setOn(boolean on) {
        this.on = on;
    }

    public boolean isEmail() {
        return email;
    }
}
