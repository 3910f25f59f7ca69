namespace Monitoring.Server.Auth;

/// <summary>What the sign-in page offers: the user name and password form, the button of the issuer, or both.</summary>
public sealed record AuthMethods(bool LocalAccounts, bool Sso);
