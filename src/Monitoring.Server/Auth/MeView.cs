namespace Monitoring.Server.Auth;

/// <summary>The answer of <c>GET /api/auth/me</c>; the antiforgery token goes into <c>X-CSRF-TOKEN</c> on the page's writes. Pages
/// are the paths of the pages the person's role may use, for the navigation.</summary>
public sealed record MeView(string UserName, string DisplayName, string? Role, string? UnitId, string? Nrp, bool MustChangePassword,
    bool MustEnrolSecondFactor, bool SecondFactor, string? AntiforgeryToken)
{
    public IReadOnlyList<string> Pages => Monitoring.Server.Pages.OfferedTo(Role, UnitId);
}
