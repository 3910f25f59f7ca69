namespace Monitoring.Actors.Protocol;

/// <summary>The journal could not persist: nothing was written, the caller may try again. The Server answers 503.</summary>
public sealed class StorageUnavailableException(Exception cause) : Exception("The journal did not persist the change: " + cause.Message, cause);
