package io.ordertrail.orders.domain;

import static io.ordertrail.platform.InputRejected.checkLength;

import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.i18n.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The customer's request for a change, as staff verified it (SOP step 6): through which channel it came, who asked,
 * how staff made sure it was really the customer, a reference to find the request again (the email's message-id,
 * the call's date and time), and the reason code. An amendment without all of that is refused.
 */
public record AmendmentRequest(
        RequestChannel channel,
        String requestedBy,
        String verifiedHow,
        String reference,
        AmendmentReason reason,
        String note) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_NOTE = 500;

    /** Everything missing or not allowed, each with its field and what to do; empty when the request can be taken. */
    public List<Problem> problems(Set<RequestChannel> approvedChannels, boolean cancellation) {
        List<Problem> problems = new ArrayList<>();
        if (channel == null) {
            problems.add(new Problem("requestChannel", Phrase.of("amend.problem.channel")));
        } else if (!approvedChannels.contains(channel)) {
            problems.add(new Problem(
                    "requestChannel",
                    Phrase.of(
                            "amend.problem.notApprovedChannel",
                            Phrase.joined(approvedChannels.stream()
                                    .sorted()
                                    .map(Phrase::label)
                                    .toList()),
                            Phrase.label(channel))));
        }
        if (isBlank(requestedBy)) {
            problems.add(new Problem("requestedBy", Phrase.of("amend.problem.requestedBy")));
        }
        if (isBlank(verifiedHow)) {
            problems.add(new Problem("verifiedHow", Phrase.of("amend.problem.verifiedHow")));
        }
        if (isBlank(reference)) {
            problems.add(new Problem("reference", Phrase.of("amend.problem.reference")));
        }
        if (reason == null) {
            problems.add(new Problem(
                    "reason", Phrase.of(cancellation ? "amend.problem.cancelReason" : "amend.problem.reason")));
        } else if (reason.isCancellation() != cancellation) {
            problems.add(new Problem(
                    "reason",
                    cancellation
                            ? Phrase.of("amend.problem.notACancelReason")
                            : Phrase.of("amend.problem.cancels", Phrase.label(reason))));
        }
        checkLength(problems, "requestedBy", Phrase.of("what.whoAsked"), requestedBy, MAX_TEXT);
        checkLength(problems, "verifiedHow", Phrase.of("what.howItWasVerified"), verifiedHow, MAX_TEXT);
        checkLength(problems, "reference", Phrase.of("what.reference"), reference, MAX_TEXT);
        checkLength(problems, "note", Phrase.of("what.note"), note, MAX_NOTE);
        return problems;
    }

    /** One line for the order's history, e.g. "by phone from Eva Berg, verified: called back on the number on file". */
    public String describe() {
        return said().inEnglish();
    }

    /** Who asked, through which channel, and how it was verified, to be said in each reader's language. */
    public Phrase said() {
        return Phrase.of(
                "amend.request.said",
                Phrase.labelInSentence(channel),
                requestedBy.trim(),
                verifiedHow.trim(),
                reference.trim());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
