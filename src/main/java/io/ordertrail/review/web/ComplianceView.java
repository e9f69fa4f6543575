package io.ordertrail.review.web;

import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.review.application.ComplianceChecks;
import io.ordertrail.review.domain.Breach;
import io.ordertrail.review.domain.BreachKind;
import io.ordertrail.review.domain.ComplianceCheck;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The manager's page of the last compliance check: its breaches by kind, each with its order; and "Check now". */
@Named
@ViewScoped
public class ComplianceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceChecks checks;

    private ComplianceCheck latest;
    private BreachKind kind;

    @PostConstruct
    void read() {
        latest = checks.latest().orElse(null);
    }

    public void checkNow() {
        latest = checks.run();
        Messages.infoOnThisPage(PageLanguage.texts()
                .get("compliance.checked", latest.getBreaches().size()));
    }

    public ComplianceCheck getLatest() {
        return latest;
    }

    /** The breaches of the kind chosen, or all. */
    public List<Breach> getBreaches() {
        if (latest == null) {
            return List.of();
        }
        return latest.getBreaches().stream()
                .filter(b -> kind == null || b.getKind() == kind)
                .toList();
    }

    public BreachKind[] getKinds() {
        return BreachKind.values();
    }

    public BreachKind getKind() {
        return kind;
    }

    public void setKind(BreachKind kind) {
        this.kind = kind;
    }

    public int getMaxPerKind() {
        return ComplianceChecks.MAX_PER_KIND;
    }
}
