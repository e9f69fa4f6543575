package io.ordertrail.records.application;

import io.ordertrail.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Runs of the purge, the Jakarta Batch job {@value #JOB}: started daily and by an administrator, stopped between
 * chunks, restarted where it stopped. What each run did is read from the batch runtime's step metrics.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
// the batch runtime keeps its job repository in a database of its own: a transaction here would hold two
// non-XA connections at once, which the container refuses (each query runs on its own instead)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurgeRuns {

    public static final String JOB = "records-purge";
    private static final Logger LOG = Logger.getLogger(PurgeRuns.class.getName());

    @Inject
    RecordsPurge purge;

    /** One run of the purge, as the page shows it. */
    public record Run(
            long executionId,
            long instanceId,
            String status,
            Instant started,
            Instant ended,
            Map<String, Long> purged,
            boolean stoppable,
            boolean restartable) {

        public String getSummary() {
            StringBuilder s = new StringBuilder();
            purged.forEach((what, count) ->
                    s.append(s.isEmpty() ? "" : ", ").append(count).append(' ').append(what));
            return s.isEmpty() ? "nothing yet" : s.toString();
        }
    }

    /** Starts a run now, unless one is running; returns its execution id. */
    public long start() {
        return startUnlessRunning()
                .orElseThrow(() ->
                        new IllegalStateException("A purge is running already; stop it or wait for it to finish."));
    }

    /** The daily run: starts one unless one is running. */
    @PermitAll
    public Optional<Long> startScheduled() {
        return startUnlessRunning();
    }

    private Optional<Long> startUnlessRunning() {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (operator.getJobNames().contains(JOB)
                && !operator.getRunningExecutions(JOB).isEmpty()) {
            return Optional.empty();
        }
        long id = operator.start(JOB, new Properties());
        LOG.info(() -> "Records purge started (execution " + id + ")");
        return Optional.of(id);
    }

    /** Asks a run to stop after its current chunk; it can be restarted where it stopped. */
    public void stop(long executionId) {
        BatchRuntime.getJobOperator().stop(executionId);
    }

    /** Restarts a stopped or failed run from its last checkpoint. */
    public long restart(long executionId) {
        return BatchRuntime.getJobOperator().restart(executionId, new Properties());
    }

    /** The latest runs, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<Run> latest(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (!operator.getJobNames().contains(JOB)) {
            return List.of();
        }
        List<Run> runs = new ArrayList<>();
        for (JobInstance instance : operator.getJobInstances(JOB, 0, max)) {
            List<JobExecution> executions = operator.getJobExecutions(instance);
            for (JobExecution execution : executions) {
                BatchStatus status = execution.getBatchStatus();
                boolean latestOfInstance =
                        executions.stream().allMatch(other -> other.getExecutionId() <= execution.getExecutionId());
                runs.add(new Run(
                        execution.getExecutionId(),
                        instance.getInstanceId(),
                        status.name(),
                        execution.getStartTime() == null
                                ? null
                                : execution.getStartTime().toInstant(),
                        execution.getEndTime() == null
                                ? null
                                : execution.getEndTime().toInstant(),
                        purge.progressOf(instance.getInstanceId())
                                .map(io.ordertrail.records.domain.PurgeProgress::counts)
                                .orElse(Map.of()),
                        status == BatchStatus.STARTED || status == BatchStatus.STARTING,
                        latestOfInstance && (status == BatchStatus.STOPPED || status == BatchStatus.FAILED)));
            }
        }
        runs.sort((a, b) -> Long.compare(b.executionId(), a.executionId()));
        return runs.size() > max ? runs.subList(0, max) : runs;
    }

    /** How many orders are past their period and under no hold now. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public long ordersDue() {
        return purge.countOrdersDue();
    }
}
