using Akka.Actor;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Telephony;
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
        var (validated, errors) = IntakeRules.Validate(form, now, InteractionId.New(), limits);
        if (validated is null) return new IntakeOutcome.Invalid(errors);
        var (intake, refused) = await OnCallAsync(validated);
        if (refused is not null) return refused;
        IntakeOutcome outcome;
        try
        {
            outcome = await RecordAsync(intake!, now);
        }
        catch
        {
            // The call taker will send the form again: the call must take it.
            if (intake!.Call is { } claimed) actors.Get<CallRegion>().Tell(new ReleaseCallForm(claimed));
            throw;
        }
        if (intake!.Call is { } call)
        {
            if (outcome is IntakeOutcome.Filed or IntakeOutcome.Opened) await ClassifyAsync(call, intake.Interaction);
            else actors.Get<CallRegion>().Tell(new ReleaseCallForm(call));
        }
        return outcome;
    }

    /// <summary>A form about a live call becomes that call's one interaction; a call unknown, abandoned or already classified
    /// refuses it, and nothing is recorded.</summary>
    private async Task<(Domain.Interactions.Intake? Intake, IntakeOutcome? Refused)> OnCallAsync(Domain.Interactions.Intake intake)
    {
        if (intake.Call is not { } call) return (intake, null);
        var reply = await actors.Get<CallRegion>().AskFor<CallFormReply>(new AttachCallForm(call), ActorAsk.Timeout);
        if (reply.Attach is { } attach)
        {
            if (intake.CallerDiffers(attach) is not { } wrong) return (intake.OnCall(attach), null);
            actors.Get<CallRegion>().Tell(new ReleaseCallForm(call));
            return (null, new IntakeOutcome.Refused(new Rejection(RejectionKind.Conflict, wrong.Code, wrong.Message, wrong.Field), null));
        }
        var rejection = reply.Refusal == ErrorCodes.CallNotFound
            ? new Rejection(RejectionKind.NotFound, ErrorCodes.CallNotFound, $"The telephony has reported no call {TextRules.ForLog(call.Value)}.", "callId")
            : new Rejection(RejectionKind.Conflict, reply.Refusal!, reply.Refusal == ErrorCodes.CallAbandoned
                ? "The caller hung up before anyone answered: the center recorded the call as abandoned."
                : "A form about this call was recorded already.", "callId");
        return (null, new IntakeOutcome.Refused(rejection, null));
    }

    /// <summary>The call hears its form was recorded, so it files nothing of its own. A call slow to hear it changes nothing for
    /// the call taker: the provisional filing it might make later never replaces a real kind in the history.</summary>
    private async Task ClassifyAsync(CallId call, Interaction interaction)
    {
        try
        {
            await actors.Get<CallRegion>().AskFor<CallReply>(new CallFormRecorded(call, interaction.Kind), ActorAsk.Timeout);
        }
        catch (Exception e) when (e is AskTimeoutException or StorageUnavailableException)
        {
            log.LogWarning(e, "Call {CallId} did not hear that its form was recorded", TextRules.ForLog(call.Value));
        }
    }

    private async Task<IntakeOutcome> RecordAsync(Domain.Interactions.Intake intake, DateTimeOffset now)
    {
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
