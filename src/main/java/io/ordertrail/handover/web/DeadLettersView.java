package io.ordertrail.handover.web;

import io.ordertrail.handover.application.DeadLetters;
import io.ordertrail.handover.domain.DeadLetter;
import io.ordertrail.handover.domain.DeadLetterAction;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrator's dead-letter page: list, retry, discard. */
@Named
@ViewScoped
public class DeadLettersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeadLetters deadLetters;

    private List<DeadLetter> letters;
    private List<DeadLetterAction> history;

    @PostConstruct
    public void refresh() {
        letters = deadLetters.list();
        history = deadLetters.history();
    }

    public void retry(DeadLetter letter) {
        act(letter, true);
    }

    public void discard(DeadLetter letter) {
        act(letter, false);
    }

    private void act(DeadLetter letter, boolean retry) {
        try {
            if (retry) {
                deadLetters.retry(letter.getJmsMessageId());
                Messages.info(PageLanguage.texts().get("dead.retried", letter.getOriginalQueue()));
            } else {
                deadLetters.discard(letter.getJmsMessageId());
                Messages.info(PageLanguage.texts().get("dead.discarded"));
            }
        } catch (DeadLetters.DeadLetterGone gone) {
            Messages.error(
                    null,
                    PageLanguage.texts().get("list.refreshed", gone.phrase().in(PageLanguage.texts())));
        }
        refresh();
    }

    public List<DeadLetter> getLetters() {
        return letters;
    }

    public List<DeadLetterAction> getHistory() {
        return history;
    }
}
