using Akka.Actor;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;
using Monitoring.Server.Linking;

namespace Monitoring.Server.Intake;

/// <summary>
/// Records what a call taker or the telephony sends: checked by the intake rules, then filed in the caller's history
/// or, for a report or complaint, opened as a case at the unit that covers its location.
/// </summary>
public sealed class IntakeService(ActorRegistry actors, CaseService cases, CoverageMap coverage, LinkFinder links, TimeProvider clock, IntakeLimits limits,
    ILogger<IntakeService> log)
{
    public async Task<IntakeOutcome> RecordAsync(IntakeForm form)
    {
        var now = clock.GetUtcNow();
        var (intake, errors) = IntakeRules.Validate(form, now, InteractionId.New(), limits);
        if (intake is null) return new IntakeOutcome.Invalid(errors);
        var interaction = intake.Interaction;

        if (intake.CasePriority is not { } priority)
        {
            var filed = await actors.Get<CallerRegion>().AskFor<InteractionFiled>(
                new FileInteraction(interaction.Caller, new CallerEntry(interaction, null, null)), ActorAsk.Timeout);
            return new IntakeOutcome.Filed(interaction, filed.Level);
        }

        if (intake.LinkTo is { } chosen) return await LinkAsync(chosen, interaction, priority, CallLink.ByCallTaker);
        if (await AutoLinkAsync(interaction, now) is { } only
            && await LinkAsync(only, interaction, priority, CallLink.Automatic) is IntakeOutcome.Opened linked) return linked;

        var routing = coverage.Resolve(interaction.Location!.Point);
        var caseId = CaseId.New(now);
        var opened = await cases.SendAsync(caseId, new OpenCase(interaction, priority, routing));
        if (opened.Rejection is { } rejection) return new IntakeOutcome.Refused(rejection, opened.Case);
        // The case files the call in the caller's history off the hot path; a genuine call never raises a rung, so the
        // caller's level now is its level once this call is counted. A screened caller's report opens its case all the same.
        return new IntakeOutcome.Opened(interaction, caseId, routing, await LevelAsync(interaction.Caller));
    }

    /// <summary>The call joins the case; the case files it in the caller's history as it does its opening call.</summary>
    private async Task<IntakeOutcome> LinkAsync(CaseId caseId, Interaction interaction, Priority priority, CallLink how)
    {
        var linked = await cases.SendAsync(caseId, new LinkCall(interaction, priority, how == CallLink.Automatic));
        if (linked.Rejection is { } rejection)
            return new IntakeOutcome.Refused(rejection with { Field = rejection.Field ?? "linkToCaseId" }, linked.Case);
        return new IntakeOutcome.Opened(interaction, caseId, linked.Case!.Routing, await LevelAsync(interaction.Caller), how, linked.Case.Callers);
    }

    /// <summary>The one open case this call is plainly about, if there is exactly one. Finding none must never cost the
    /// call its case: an index that cannot answer (its read model down at its first question) just opens a new one.</summary>
    private async Task<CaseId?> AutoLinkAsync(Interaction interaction, DateTimeOffset now)
    {
        try
        {
            var candidates = await links.CandidatesAsync(interaction.Location!.Point, interaction.Category!.Value, interaction.Caller);
            return links.Policy.AutoLink(candidates, interaction.Category!.Value, now)?.CaseId;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "No automatic link for interaction {InteractionId}: the open cases could not be read", interaction.Id);
            return null;
        }
    }

    /// <summary>The case is open by now: a caller's actor slow to answer must not turn that into an error the call taker
    /// would retry, so the answer then leaves the level out rather than guess it (GET /api/callers/{number} has it).</summary>
    private async Task<ReputationLevel?> LevelAsync(CallerNumber caller)
    {
        try
        {
            return (await actors.Get<CallerRegion>().AskFor<CallerReputation>(new GetReputation(caller), ActorAsk.Timeout)).Reputation.Level;
        }
        catch (Exception e) when (e is AskTimeoutException or StorageUnavailableException)
        {
            return null;
        }
    }
}
