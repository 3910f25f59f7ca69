using Microsoft.Playwright;

namespace Monitoring.EndToEnd.Tests;

/// <summary>One server on real Kestrel with its own database, and browser pages opened against it.</summary>
[Collection(nameof(BrowserTests))]
public abstract class PageTest(BrowserFixture browser, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected TempFolder Folder { get; } = new();

    protected MonitoringFactory Factory { get; private set; } = null!;

    protected Api Api { get; private set; } = null!;

    protected Uri BaseAddress { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Factory = new MonitoringFactory(Folder.Path, settings);
        BaseAddress = Factory.StartKestrel();
        Api = Factory.Api();
        return ValueTask.CompletedTask;
    }

    /// <summary>Stops the server, runs <paramref name="whileDown"/>, then starts a new one on the same port and database.</summary>
    protected async Task RestartServerAsync(Func<Task> whileDown)
    {
        await Factory.DisposeAsync();
        await whileDown();
        Factory = new MonitoringFactory(Folder.Path, settings);
        Assert.Equal(BaseAddress, Factory.StartKestrel(BaseAddress.Port));
        Api = Factory.Api();
    }

    /// <summary>Opens a page in a context of its own (as on another screen) and waits until its live feed is connected.</summary>
    /// <param name="role">Who the screen is signed in as (through the sign-in API, so the page opens directly); null
    /// leaves it signed out.</param>
    protected async Task<(IPage Page, IBrowserContext Context)> OpenAsync(string path, bool live = true, string? role = "operator",
        string? unitId = "mabes")
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, BaseURL = BaseAddress.ToString(),
        });
        _contexts.Add(context);
        // Before any script of the page's own: every violation its document reports, also those the console may not show.
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
              (window.policyViolations ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
            """);
        if (role is not null) await SignInAsync(context, role, unitId);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        var violations = new List<string>();
        _violations.Add(page, violations);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (violations) violations.Add(message.Text);
        };
        await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        // A live page is ready when its feed is connected; the others say so themselves once wired and loaded.
        await page.WaitForFunctionAsync(live ? "() => window.monitoringFeed?.state === 'Connected'" : "() => document.body.dataset.ready === '1'",
            null, new() { Timeout = 15000 });
        Assert.Empty(errors);
        return (page, context);
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> _violations = new();

    /// <summary>What the page's console said about the Content-Security-Policy so far, and the violations its document
    /// reported: a policy that blocks something the page needs shows here.</summary>
    protected async Task<IReadOnlyList<string>> PolicyViolationsAsync(IPage page)
    {
        var reported = await page.EvaluateAsync<string[]>("() => window.policyViolations ?? []");
        var logged = _violations.TryGetValue(page, out var list) ? list : [];
        lock (logged) return [.. logged, .. reported];
    }

    private async Task SignInAsync(IBrowserContext context, string role, string? unitId)
    {
        await Factory.ClientAs(role, unitId).TokenAsync();
        var userName = role == "admin" ? "admin" : SignIn.UserName(role, unitId);
        var signedIn = await context.APIRequest.PostAsync("/api/auth/signin", new()
        {
            DataObject = new { userName, password = role == "admin" ? SignIn.AdminPassword : SignIn.UserPassword },
        });
        Assert.True(signedIn.Ok, $"signing the browser in as {userName}: {signedIn.Status} {await signedIn.TextAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
        await Factory.DisposeAsync();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
