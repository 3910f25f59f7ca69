namespace Monitoring.Actors.Protocol;

/// <summary>The journal could not persist (<see cref="StorageUnavailable"/>): nothing was written, the caller may try again.
/// Thrown on the asking node by <see cref="ProtocolAsk"/>; the Server answers 503.</summary>
public sealed class StorageUnavailableException(string reason) : Exception("The journal did not persist the change: " + reason);
