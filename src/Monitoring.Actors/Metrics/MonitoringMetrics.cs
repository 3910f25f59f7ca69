using Prometheus;

namespace Monitoring.Actors.Metrics;

/// <summary>
/// Every metric of the actor side, named monitoring_&lt;noun&gt;_&lt;unit&gt;. Labels stay low in cardinality: priority,
/// category, Polda (36 nationally; never Polres, 514 of them, nor Polsek, 7,285: per-Polres and per-Polsek figures come
/// from the report API). Counters and histograms are
/// recorded where the domain event is persisted, once, never on replay.
/// </summary>
public static class MonitoringMetrics
{
    /// <summary>Seconds from ring to answer, around the 10 s target.</summary>
    private static readonly double[] AnswerBuckets = [1, 2, 3, 5, 7.5, 10, 15, 20, 30, 60, 120];

    /// <summary>Seconds from the call to each milestone: from under a minute to the 72 h routine resolve target.</summary>
    private static readonly double[] MilestoneBuckets = [15, 30, 60, 120, 180, 300, 600, 900, 1800, 3600, 4 * 3600, 24 * 3600, 72 * 3600];

    public static readonly Counter Interactions = Prometheus.Metrics.CreateCounter("monitoring_interactions_total",
        "Interactions recorded, by kind, channel and category.", "kind", "channel", "category");

    public static readonly Counter RungsReached = Prometheus.Metrics.CreateCounter("monitoring_caller_rungs_reached_total",
        "Callers that reached a rung of the sanction ladder (warned, flagged, screened), by the call or an operator.", "rung");

    public static readonly Counter CasesOpened = Prometheus.Metrics.CreateCounter("monitoring_cases_opened_total",
        "Cases opened, by priority, category and Polda.", "priority", "category", "polda");

    public static readonly Counter Escalations = Prometheus.Metrics.CreateCounter("monitoring_escalations_total",
        "Escalations, by the level they reached (polres, polda, mabes) and the milestone missed; a repeated alarm at the top is not one; by Polda.",
        "level", "missed", "polda");

    public static readonly Counter Alarms = Prometheus.Metrics.CreateCounter("monitoring_alarms_total",
        "Alarms raised on the wall by missed deadlines, by the level of the unit alarmed and Polda: each escalation, and each repeat at the top.",
        "level", "polda");

    public static readonly Counter SurgeAlertsRaised = Prometheus.Metrics.CreateCounter("monitoring_surge_alerts_raised_total",
        "Surge alerts raised: reports and complaints in one area far above its usual rate for the hour.");

    public static readonly Gauge ActiveSurgeAlerts = Prometheus.Metrics.CreateGauge("monitoring_surge_alerts_active",
        "Surge alerts standing, as this node's alert board holds them; every node holds all of them, so take the max over nodes.");

    public static readonly Gauge CallsWaiting = Prometheus.Metrics.CreateGauge("monitoring_calls_waiting",
        "Calls ringing now with nobody answering, as this node's call board holds them; every node holds all of them, so take the max over nodes.");

    /// <summary>Calls that joined an open case instead of opening one, by who linked them: the call taker or the center.</summary>
    public static readonly Counter CallsLinked = Prometheus.Metrics.CreateCounter("monitoring_calls_linked_total",
        "Calls linked to an open case about the same incident, by who linked them (calltaker, center).", "by");

    public static readonly Counter CasesCancelled = Prometheus.Metrics.CreateCounter("monitoring_cases_cancelled_total",
        "Cases cancelled, by reason (prank, duplicate, withdrawn) and Polda.", "reason", "polda");

    public static readonly Histogram AnswerSeconds = Prometheus.Metrics.CreateHistogram("monitoring_answer_seconds",
        "Seconds from the call ringing to a call taker answering (target 10 s), by channel.",
        new HistogramConfiguration { LabelNames = ["channel"], Buckets = AnswerBuckets });

    public static readonly Counter CallsOffered = Prometheus.Metrics.CreateCounter("monitoring_calls_offered_total",
        "Calls the telephony offered to the center, by the Polda of their answering chain.", "polda");

    public static readonly Counter CallsAnswered = Prometheus.Metrics.CreateCounter("monitoring_calls_answered_total",
        "Offered calls a call taker answered, by Polda.", "polda");

    public static readonly Counter CallsAnsweredWithinTarget = Prometheus.Metrics.CreateCounter("monitoring_calls_answered_within_target_total",
        "Offered calls answered within the answer target (Monitoring:Telephony:AnswerWithin, 10 s), by Polda.", "polda");

    public static readonly Counter CallsAbandoned = Prometheus.Metrics.CreateCounter("monitoring_calls_abandoned_total",
        "Calls that ended before anyone answered, by Polda.", "polda");

    public static readonly Counter CallsMovedUp = Prometheus.Metrics.CreateCounter("monitoring_calls_moved_up_total",
        "Times a ringing call moved one level up its answering chain, by the level it reached and Polda.", "level", "polda");

    public static readonly Histogram CallRingSeconds = Prometheus.Metrics.CreateHistogram("monitoring_call_ring_seconds",
        "Seconds an answered call rang, offer to answer, as the telephony measured them, by Polda.",
        new HistogramConfiguration { LabelNames = ["polda"], Buckets = AnswerBuckets });

    public static readonly Histogram MilestoneSeconds = Prometheus.Metrics.CreateHistogram("monitoring_case_milestone_seconds",
        "Seconds from the call to a case milestone (acknowledged, dispatched, onScene, resolved), by priority and Polda.",
        new HistogramConfiguration { LabelNames = ["milestone", "priority", "polda"], Buckets = MilestoneBuckets });

    public static readonly Gauge OpenCases = Prometheus.Metrics.CreateGauge("monitoring_open_cases",
        "Open cases held by this node, by state, Polda and whether escalated; sum over nodes for the center.", "state", "polda", "escalated");

    public static readonly Gauge OverdueCases = Prometheus.Metrics.CreateGauge("monitoring_overdue_cases",
        "Open cases past their deadline beyond the grace a case's own timer gets, as the Sentinel last saw them.");

    public static readonly Histogram JournalWriteSeconds = Prometheus.Metrics.CreateHistogram("monitoring_journal_write_seconds",
        "Seconds from asking the journal to persist a case's events to their being durable.",
        new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.001, 2, 14) });

    public static readonly Counter DeadLetters = Prometheus.Metrics.CreateCounter("monitoring_akka_dead_letters_total",
        "Messages that reached no actor.");

    public static readonly Counter UnhandledMessages = Prometheus.Metrics.CreateCounter("monitoring_akka_unhandled_messages_total",
        "Messages an actor did not handle.");
}
