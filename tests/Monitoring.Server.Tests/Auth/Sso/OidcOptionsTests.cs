using Monitoring.Server.Auth;

namespace Monitoring.Server.Tests.Auth.Sso;

[StorageIndependent]
public sealed class OidcOptionsTests
{
    private static List<string> Problems(OidcOptions oidc, bool localAccounts = true) =>
        [.. new AuthOptions { Oidc = oidc, LocalAccounts = localAccounts }.Problems()];

    [Fact]
    public void Unset_is_off_and_fine_and_an_https_issuer_with_a_client_is_fine()
    {
        Assert.Empty(Problems(new OidcOptions()));
        Assert.False(new OidcOptions().Enabled);
        Assert.Empty(Problems(new OidcOptions { Authority = "https://sso.polri.example/realms/pmj", ClientId = "mc110" }));
        Assert.Empty(Problems(new OidcOptions { Authority = "http://127.0.0.1:5443/", ClientId = "mc110" }));
        Assert.Empty(Problems(new OidcOptions { Authority = "http://localhost:5443", ClientId = "mc110", Audience = "mc110" }));
    }

    [Theory]
    [InlineData("http://sso.polri.example/", "mc110", "Oidc:Authority 'http://sso.polri.example/' must be https")]
    [InlineData("/realms/pmj", "mc110", "Oidc:Authority '/realms/pmj' must be an absolute https URL")]
    [InlineData("ftp://127.0.0.1/", "mc110", "Oidc:Authority 'ftp://127.0.0.1/' must be an absolute https URL")]
    [InlineData("https://sso.polri.example/?x=1", "mc110", "Oidc:Authority 'https://sso.polri.example/?x=1' must have no query")]
    [InlineData("https://sso.polri.example/", " ", "Oidc:ClientId is required when Authority is set")]
    [InlineData(null, "mc110", "Oidc:Authority is required when ClientId")]
    public void Settings_that_cannot_work_are_named(string? authority, string clientId, string problem) =>
        Assert.Contains(Problems(new OidcOptions { Authority = authority, ClientId = clientId }), p => p.StartsWith(problem, StringComparison.Ordinal));

    [Fact]
    public void Scopes_without_openid_and_blank_claim_names_are_named_and_no_local_accounts_needs_an_issuer()
    {
        var problems = Problems(new OidcOptions { Authority = "https://sso.polri.example/", ClientId = "mc110", Scopes = "profile", RoleClaim = "" });
        Assert.Contains("Oidc:Scopes must include openid", problems);
        Assert.Contains("Oidc:RoleClaim must name a claim", problems);
        Assert.Contains(Problems(new OidcOptions(), localAccounts: false), p => p.StartsWith("LocalAccounts=false", StringComparison.Ordinal));
    }
}
