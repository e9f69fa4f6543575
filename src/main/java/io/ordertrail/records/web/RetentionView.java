package io.ordertrail.records.web;

import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.records.application.PurgeRuns;
import io.ordertrail.records.application.RetentionSettings;
import io.ordertrail.records.domain.RetentionPolicy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Retention: the periods in force, what is due, and the purge's runs with their progress; the ADMIN runs it. */
@Named
@ViewScoped
public class RetentionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PurgeRuns runs;

    @Inject
    RetentionSettings settings;

    private transient List<PurgeRuns.Run> latest;
    private Long ordersDue;

    public RetentionPolicy getPolicy() {
        return settings.policy();
    }

    public String getArchiveDirectory() {
        return settings.archiveDirectory().toString();
    }

    public List<PurgeRuns.Run> getRuns() {
        if (latest == null) {
            latest = runs.latest(20);
        }
        return latest;
    }

    public long getOrdersDue() {
        if (ordersDue == null) {
            ordersDue = runs.ordersDue();
        }
        return ordersDue;
    }

    public boolean isRunning() {
        return getRuns().stream().anyMatch(PurgeRuns.Run::stoppable);
    }

    /** The poll: read the runs again (what is due is counted again on start, stop and restart). */
    public void refresh() {
        latest = null;
    }

    private void recount() {
        latest = null;
        ordersDue = null;
    }

    public void start() {
        try {
            long id = runs.start();
            Messages.infoOnThisPage(PageLanguage.texts().get("retention.running", String.valueOf(id)));
        } catch (IllegalStateException running) {
            Messages.error(null, running.getMessage());
        }
        recount();
    }

    public void stop(long executionId) {
        runs.stop(executionId);
        Messages.infoOnThisPage(PageLanguage.texts().get("retention.stopping"));
        recount();
    }

    public void restart(long executionId) {
        long id = runs.restart(executionId);
        Messages.infoOnThisPage(PageLanguage.texts().get("retention.restarted", String.valueOf(id)));
        recount();
    }
}
