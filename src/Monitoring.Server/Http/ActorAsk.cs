namespace Monitoring.Server.Http;

/// <summary>How long an endpoint waits for an actor before answering 503.</summary>
public static class ActorAsk
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
}
