using System.Collections.Frozen;
using Akka.Actor;
using Monitoring.Actors.Serialization;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;

namespace Monitoring.Persistence.Journal;

/// <summary>Every persisted event under a short manifest (see <see cref="ManifestSerializer"/>). Case event manifests are
/// their JSON discriminators, declared once on <see cref="CaseEvent"/>.</summary>
public sealed class JournalSerializer(ExtendedActorSystem system) : ManifestSerializer(system, "journal", Manifests)
{
    public const int SerializerId = 1100;

    /// <summary>The types bound to this serializer; a subtype of a bound type uses it too.</summary>
    public static readonly Type[] BoundTypes = [typeof(CaseEvent), typeof(InteractionRecorded)];

    private static readonly FrozenDictionary<Type, string> Manifests = CaseEventNames.ByType
        .Select(kv => KeyValuePair.Create(kv.Key, "case." + kv.Value))
        .Append(KeyValuePair.Create(typeof(InteractionRecorded), "caller.recorded"))
        .ToFrozenDictionary();

    public override int Identifier => SerializerId;
}
