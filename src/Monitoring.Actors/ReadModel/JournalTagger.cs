using Akka.Persistence.Journal;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;

namespace Monitoring.Actors.ReadModel;

/// <summary>Tags what the projections read: every case event, every interaction in a caller's history.</summary>
public sealed class JournalTagger : IWriteEventAdapter
{
    public static readonly Type[] TaggedTypes = [typeof(CaseEvent), typeof(InteractionRecorded)];

    private static readonly string[] CaseTags = [ReadModelStore.CaseProjection];
    private static readonly string[] InteractionTags = [ReadModelStore.InteractionProjection];

    public string Manifest(object evt) => string.Empty;

    public object ToJournal(object evt) => evt switch
    {
        CaseEvent => new Tagged(evt, CaseTags),
        InteractionRecorded => new Tagged(evt, InteractionTags),
        _ => evt,
    };
}
