package io.ordertrail.erp.web;

import io.ordertrail.erp.application.ErpPartners;
import io.ordertrail.erp.domain.ErpPartner;
import io.ordertrail.erp.domain.ErpPartnerChange;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.messaging.BrokerManagement;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The administrator's ERP partners page: add a partner, change its buyers and answer queue, rotate its password,
 * disable and enable it. A new password is shown once, here, and never again.
 */
@Named
@ViewScoped
public class ErpPartnersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ErpPartners partners;

    private List<ErpPartner> list;
    private List<ErpPartnerChange> changes;

    /** The form: a new partner, or the one being changed. */
    private String editing;

    private String name;
    private String description;
    private String answerQueue;
    private String buyers;
    private ErpPartner.Profile profile = ErpPartner.Profile.UBL;

    /** The password just set, shown once. */
    private ErpPartners.PartnerCredentials shownOnce;

    @PostConstruct
    public void refresh() {
        list = partners.all();
        changes = partners.changes();
    }

    public void save() {
        ErpPartners.PartnerDetails details = new ErpPartners.PartnerDetails(
                editing != null ? editing : name, description, answerQueue, buyerList(), profile);
        try {
            if (editing == null) {
                shownOnce = partners.add(details);
                Messages.infoOnThisPage(PageLanguage.texts().get("erpPartners.added", shownOnce.partner()));
            } else {
                partners.change(details);
                Messages.infoOnThisPage(PageLanguage.texts().get("erpPartners.changed", editing));
            }
            clear();
        } catch (InputRejected rejected) {
            Messages.errors("partnerForm", rejected.getProblems());
        } catch (BrokerManagement.BrokerRefused refused) {
            Messages.error(null, PageLanguage.texts().get("erpPartners.brokerRefused", refused.getMessage()));
        }
        refresh();
    }

    public void edit(ErpPartner partner) {
        editing = partner.getName();
        name = partner.getName();
        description = partner.getDescription();
        answerQueue = partner.getAnswerQueue();
        buyers = String.join(", ", partner.getBuyers());
        profile = partner.getProfile();
        shownOnce = null;
    }

    public void clear() {
        editing = null;
        name = null;
        description = null;
        answerQueue = null;
        buyers = null;
        profile = ErpPartner.Profile.UBL;
    }

    /** The profiles a partner may speak, for the form. */
    public ErpPartner.Profile[] getProfiles() {
        return ErpPartner.Profile.values();
    }

    public ErpPartner.Profile getProfile() {
        return profile;
    }

    public void setProfile(ErpPartner.Profile profile) {
        this.profile = profile;
    }

    public void rotate(ErpPartner partner) {
        act(() -> {
            shownOnce = partners.rotatePassword(partner.getName());
            Messages.infoOnThisPage(PageLanguage.texts().get("erpPartners.rotated", partner.getName()));
        });
    }

    public void disable(ErpPartner partner) {
        act(() -> {
            partners.disable(partner.getName());
            shownOnce = null;
            Messages.infoOnThisPage(PageLanguage.texts().get("erpPartners.disabled", partner.getName()));
        });
    }

    public void enable(ErpPartner partner) {
        act(() -> {
            shownOnce = partners.enable(partner.getName());
            Messages.infoOnThisPage(PageLanguage.texts().get("erpPartners.enabled", partner.getName()));
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InputRejected rejected) {
            rejected.getProblems().forEach(p -> Messages.error(null, p.message()));
        } catch (BrokerManagement.BrokerRefused refused) {
            Messages.error(null, PageLanguage.texts().get("erpPartners.brokerRefused", refused.getMessage()));
        }
        refresh();
    }

    private List<String> buyerList() {
        return buyers == null
                ? List.of()
                : Arrays.stream(buyers.split("[,;\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    public List<ErpPartner> getList() {
        return list;
    }

    public List<ErpPartnerChange> getChanges() {
        return changes;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditing() {
        return editing;
    }

    public ErpPartners.PartnerCredentials getShownOnce() {
        return shownOnce;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAnswerQueue() {
        return answerQueue;
    }

    public void setAnswerQueue(String answerQueue) {
        this.answerQueue = answerQueue;
    }

    public String getBuyers() {
        return buyers;
    }

    public void setBuyers(String buyers) {
        this.buyers = buyers;
    }
}
