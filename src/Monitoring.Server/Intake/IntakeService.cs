using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;

namespace Monitoring.Server.Intake;

/// <summary>
/// Records what a call taker or the telephony sends: checked by the intake rules, then filed in the caller's history
/// or, for a report or complaint, opened as a case at the unit that covers its location.
/// </summary>
public sealed class IntakeService(ActorRegistry actors, CaseService cases, CoverageMap coverage, TimeProvider clock, IntakeLimits limits)
{
    public async Task<IntakeOutcome> RecordAsync(IntakeForm form)
    {
        var now = clock.GetUtcNow();
        var (intake, errors) = IntakeRules.Validate(form, now, InteractionId.New(), limits);
        if (intake is null) return new IntakeOutcome.Invalid(errors);
        var interaction = intake.Interaction;

        if (intake.CasePriority is not { } priority)
        {
            await actors.Get<CallerRegion>().AskFor<InteractionFiled>(
                new FileInteraction(interaction.Caller, new CallerEntry(interaction, null, null)), ActorAsk.Timeout);
            return new IntakeOutcome.Filed(interaction);
        }

        var routing = coverage.Resolve(interaction.Location!.Point);
        var caseId = CaseId.New(now);
        var opened = await cases.SendAsync(caseId, new OpenCase(interaction, priority, routing));
        return opened.Rejection is { } rejection
            ? new IntakeOutcome.Refused(rejection, opened.Case)
            : new IntakeOutcome.Opened(interaction, caseId, routing);
    }
}
