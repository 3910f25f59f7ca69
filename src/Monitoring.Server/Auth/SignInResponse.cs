namespace Monitoring.Server.Auth;

/// <summary>The answer of <c>POST /api/auth/signin</c>: what the page must ask for before anything else.</summary>
public sealed record SignInResponse(bool MustChangePassword, bool MustEnrolSecondFactor);
