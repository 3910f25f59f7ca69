namespace Monitoring.Server.Auth;

/// <summary>Why a sign-in through the issuer was refused, as the sign-in page reads it from <c>/signin?sso=</c>.</summary>
public static class SsoRefusals
{
    /// <summary>The role claim names no role of the center, or several.</summary>
    public const string Role = "role";

    /// <summary>A scoped role without a unit, or a unit that is not in the jurisdiction tree.</summary>
    public const string Unit = "unit";

    /// <summary>The person's row here is disabled or their grant has ended.</summary>
    public const string Disabled = "disabled";

    /// <summary>The issuer refused, the answer could not be checked, or it named nobody.</summary>
    public const string Failed = "failed";

    /// <summary>The page the browser is sent to when the sign-in is refused.</summary>
    public static string Page(string refusal) => "/signin?sso=" + refusal;
}
