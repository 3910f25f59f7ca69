using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>A center serving DIY and Metro Jaya: each Polda's wall shows its own cases, an operator of one Polda sees only
/// it, and Mabes sees both on the national view and drills down.</summary>
public sealed class PoldaWallTests(BrowserFixture browser)
    : PageTest(browser, new Dictionary<string, string?>
    {
        ["Monitoring:Jurisdiction:Polda"] = $"{Diy},{MetroJaya}",
        // A P1 case escalates while the national view watches; the other cases are P3, far from any deadline.
        ["Monitoring:Sla:P1:Acknowledge"] = "00:00:02",
    })
{
    private const string Diy = "polda-daerah-istimewa-yogyakarta";
    private const string MetroJaya = "polda-metro-jaya";

    /// <summary>Depok (Sleman), 34.04.07, from the national kecamatan points.</summary>
    private const double SlemanLatitude = -7.76617, SlemanLongitude = 110.41066;

    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 5000 };

    private JurisdictionTree Tree => Factory.Services.GetRequiredService<JurisdictionTree>();

    /// <summary>Traffic (P3): a P1 would take the banner over the counters in the screenshots.</summary>
    private Task<Monitoring.Server.Intake.IntakeResponse> SlemanAsync(string caller) =>
        Api.RecordAsync(Api.Report(caller: caller, latitude: SlemanLatitude, longitude: SlemanLongitude, category: "traffic"));

    private static Task FeedConnectedAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.monitoringFeed?.state === 'Connected'", null, new() { Timeout = 15000 });

    [Fact]
    public async Task A_report_in_sleman_shows_on_the_diy_wall_and_not_on_metro_jayas()
    {
        var (diy, _) = await OpenAsync($"/?polda={Diy}");
        var (metro, _) = await OpenAsync($"/?polda={MetroJaya}");
        await Expect(diy.Locator("h1")).ToHaveTextAsync($"Roops {Tree.Get(new(Diy)).Name} — Pusat Monitoring 110");
        var diyAreas = Factory.Services.GetRequiredService<CoverageMap>().Areas.Count(a => Tree.IsWithin(a.UnitId, new(Diy)));
        await Expect(diy.Locator("#map")).ToHaveAttributeAsync("data-areas", diyAreas.ToString());
        // The filter offers the Polda's own Polres only.
        var polres = await diy.Locator("#filter-polres option").EvaluateAllAsync<string[]>("os => os.map(o => o.value).filter(v => v)");
        Assert.NotEmpty(polres);
        Assert.All(polres, id => Assert.True(Tree.IsWithin(new UnitId(id), new(Diy)), $"{id} is no Polres of DIY"));

        var sleman = await SlemanAsync("081200000001");
        var jakarta = await Api.RecordAsync(Api.Report(caller: "081200000002", category: "traffic"));

        Assert.Equal("34.04.07", Tree.Get(sleman.AssignedUnitId!.Value).AreaCode);
        await Expect(diy.Locator($"#cases tr[data-case='{sleman.CaseId!.Value.Value}']")).ToHaveCountAsync(1, Soon);
        await Expect(metro.Locator($"#cases tr[data-case='{jakarta.CaseId!.Value.Value}']")).ToHaveCountAsync(1, Soon);
        await Expect(diy.Locator("#cases tr[data-case]")).ToHaveCountAsync(1);
        await Expect(metro.Locator("#cases tr[data-case]")).ToHaveCountAsync(1);
        await Expect(diy.Locator("#count-open")).ToHaveTextAsync("1");
        await Expect(diy.Locator("#national-link")).ToBeVisibleAsync();
        var path = Artifacts.PathFor("wall-diy-1920x1080.png");
        await diy.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000);
    }

    [Fact]
    public async Task An_operator_of_metro_jaya_sees_only_its_wall_and_is_told_so_when_asking_for_diys()
    {
        var (own, _) = await OpenAsync("/", unitId: MetroJaya);
        await Expect(own.Locator("h1")).ToHaveTextAsync("Roops Polda Metro Jaya — Pusat Monitoring 110");
        await Expect(own.Locator("#national-link")).ToBeHiddenAsync();

        var (other, _) = await OpenAsync($"/?polda={Diy}", live: false, unitId: MetroJaya);
        await Expect(other.Locator("#wall-refused")).ToContainTextAsync("di luar wilayah hak akses Anda");
        await Expect(other.Locator("#wall-refused")).ToContainTextAsync("Polda Metro Jaya");
        await Expect(other.Locator("main")).ToBeHiddenAsync();
        // Refused before the feed is started: the page never asks the hub either (which would refuse it too).
        Assert.True(await other.EvaluateAsync<bool>("() => window.monitoringFeed === undefined"));
        await other.ClickAsync("#own-wall");
        await Expect(other).ToHaveURLAsync(new Regex($@"/\?polda={MetroJaya}$"), new() { Timeout = 15000 });
        await FeedConnectedAsync(other);
        await Expect(other.Locator("h1")).ToHaveTextAsync("Roops Polda Metro Jaya — Pusat Monitoring 110");
    }

    [Fact]
    public async Task Mabes_sees_open_cases_per_polda_live_and_drills_down_to_a_poldas_wall_and_back()
    {
        var (national, _) = await OpenAsync("/");
        await Expect(national.Locator("h1")).ToHaveTextAsync("Mabes Polri, seluruh Indonesia — Pusat Monitoring 110");
        var rows = national.Locator("#poldas tr[data-polda]");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(national.Locator("table.cases")).ToBeHiddenAsync();

        await SlemanAsync("081200000001");
        await SlemanAsync("081200000002");
        await Api.RecordAsync(Api.Report(caller: "081200000003", category: "traffic"));

        var diyRow = national.Locator($"#poldas tr[data-polda='{Diy}']");
        await Expect(diyRow.Locator("td.open")).ToHaveTextAsync("2", new() { Timeout = 5000 });
        await Expect(national.Locator($"#poldas tr[data-polda='{MetroJaya}'] td.open")).ToHaveTextAsync("1", new() { Timeout = 5000 });
        // Busiest first, the counts on the map as on the list.
        await Expect(rows.First).ToHaveAttributeAsync("data-polda", Diy);
        await Expect(diyRow.Locator("td.unacknowledged")).ToHaveTextAsync("2");
        await Expect(national.Locator($"#map .polda-disc span[data-polda='{Diy}']")).ToHaveTextAsync("2");
        await Expect(national.Locator($"#map .polda-disc span[data-polda='{MetroJaya}']")).ToHaveTextAsync("1");
        await Expect(national.Locator("#count-open")).ToHaveTextAsync("3");
        var path = Artifacts.PathFor("wall-mabes-national-1920x1080.png");
        await national.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000);

        // A fire in Sleman nobody acknowledges: the Polda's disc is ringed and its row counts it escalated.
        await Api.RecordAsync(Api.Report(caller: "081200000004", latitude: SlemanLatitude, longitude: SlemanLongitude));
        await Expect(diyRow.Locator("td.escalated")).ToHaveTextAsync("1", new() { Timeout = 10000 });
        await Expect(national.Locator($"#map .polda-disc.escalated span[data-polda='{Diy}']")).ToHaveTextAsync("3");
        await Expect(national.Locator($"#map .polda-disc.escalated span[data-polda='{MetroJaya}']")).ToHaveCountAsync(0);
        await Expect(national.Locator("#count-escalated")).ToHaveTextAsync("1");
        await national.ClickAsync("#lang-toggle");
        await Expect(national.Locator("h1")).ToHaveTextAsync("Mabes Polri, all Indonesia — Monitoring Center 110");
        await Expect(national.Locator("#polda-table th").Nth(1)).ToHaveTextAsync("Open");
        await national.ClickAsync("#lang-toggle");

        await diyRow.Locator("td.open").ClickAsync();
        await Expect(national).ToHaveURLAsync(new Regex($@"/\?polda={Diy}$"), new() { Timeout = 15000 });
        await FeedConnectedAsync(national);
        await Expect(national.Locator("#cases tr[data-case]")).ToHaveCountAsync(3, Soon);
        await national.ClickAsync("#national-link");
        await Expect(national).ToHaveURLAsync(new Regex(@"/$"), new() { Timeout = 15000 });
        await FeedConnectedAsync(national);
        await Expect(national.Locator($"#poldas tr[data-polda='{MetroJaya}'] td.open")).ToHaveTextAsync("1", new() { Timeout = 5000 });
        // The map's disc drills down too.
        await national.Locator($"#map .polda-disc span[data-polda='{MetroJaya}']").ClickAsync();
        await Expect(national).ToHaveURLAsync(new Regex($@"/\?polda={MetroJaya}$"), new() { Timeout = 15000 });
        await FeedConnectedAsync(national);
        await Expect(national.Locator("#cases tr[data-case]")).ToHaveCountAsync(1, Soon);
    }
}
