namespace Monitoring.Domain.Interactions;

public enum Channel
{
    Voice,
    Sms,
    Web,
    Other,
}
