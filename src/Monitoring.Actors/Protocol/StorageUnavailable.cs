namespace Monitoring.Actors.Protocol;

/// <summary>
/// The reply when the journal could not persist: nothing was written, the one who asked may try again. A message of the
/// protocol rather than a failure carrying an exception, because an exception crosses nodes only as Akka writes it, by
/// CLR type name, and comes out empty on the other side when it lacks the old serialization constructor.
/// </summary>
public sealed record StorageUnavailable(string Reason);
