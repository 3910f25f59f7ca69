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
        Api = new Api(Factory, SignedInClient.OverNetwork(BaseAddress, "operator", "mabes"), SignedInClient.OverNetwork(BaseAddress, "manager", null));
        return ValueTask.CompletedTask;
    }

    /// <summary>Stops the server, runs <paramref name="whileDown"/>, then starts a new one on the same port and database.</summary>
    protected async Task RestartServerAsync(Func<Task> whileDown)
    {
        await Factory.DisposeAsync();
        await whileDown();
        Factory = new MonitoringFactory(Folder.Path, settings);
        Assert.Equal(BaseAddress, Factory.StartKestrel(BaseAddress.Port));
        Api = new Api(Factory, Api.Client, Api.Manager);
    }

    /// <summary>Opens a page in a context of its own (as on another screen) and waits until its live feed is connected.</summary>
    protected async Task<(IPage Page, IBrowserContext Context)> OpenAsync(string path, bool live = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        // A live page is ready when its feed is connected; the others say so themselves once wired and loaded.
        await page.WaitForFunctionAsync(live ? "() => window.monitoringFeed?.state === 'Connected'" : "() => document.body.dataset.ready === '1'",
            null, new() { Timeout = 15000 });
        Assert.Empty(errors);
        return (page, context);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
        Api.Client.Dispose();
        Api.Manager.Dispose();
        await Factory.DisposeAsync();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
