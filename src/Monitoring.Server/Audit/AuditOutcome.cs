namespace Monitoring.Server.Audit;

/// <summary>How a request ended, from its status: the center refused the person (401, 403, 429), or the step did not
/// happen for another reason (bad input, a conflict, nothing there, an error), or it was allowed.</summary>
public static class AuditOutcome
{
    public const string Allowed = "allowed";
    public const string Refused = "refused";
    public const string Failed = "failed";

    public static string Of(int status) => status switch
    {
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests => Refused,
        >= 400 => Failed,
        _ => Allowed,
    };
}
