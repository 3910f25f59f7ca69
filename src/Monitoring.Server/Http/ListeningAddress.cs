namespace Monitoring.Server.Http;

/// <summary>
/// Where the center listens when nobody says: http://localhost:5110. It is applied only when no documented way chose
/// an address (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS/HTTPS_PORTS, --urls, a Urls setting, Kestrel endpoints): as a
/// setting of its own in appsettings.json it outranked the environment, and the image listened on the container's
/// localhost whatever ASPNETCORE_URLS said.
/// </summary>
public static class ListeningAddress
{
    public const string Default = "http://localhost:5110";

    private static readonly string[] Chosen = [WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey];

    public static WebApplicationBuilder ListenOnDefaultUnlessChosen(this WebApplicationBuilder builder)
    {
        var chosen = Chosen.Any(key => !string.IsNullOrWhiteSpace(builder.Configuration[key]))
                     || builder.Configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!chosen) builder.WebHost.UseUrls(Default);
        return builder;
    }
}
