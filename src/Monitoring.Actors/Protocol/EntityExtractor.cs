using Akka.Cluster.Sharding;

namespace Monitoring.Actors.Protocol;

/// <summary>
/// Routes every message of one entity type by the id it carries; anything else is not for this region.
/// Sharding's own messages (remembered entities starting) are handled by the base class.
/// </summary>
public sealed class EntityExtractor<TMessage>(int maxShards, Func<TMessage, string> entityId) : HashCodeMessageExtractor(maxShards)
{
    public override string? EntityId(object message) => message is TMessage m ? entityId(m) : null;
}
