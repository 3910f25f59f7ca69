using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Monitoring.Server.Auth;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>The admin's page as an admin uses it: people added and changed on the form, access taken away only after a
/// yes, a machine token shown once.</summary>
public sealed class AdminPageTests(BrowserFixture browser) : PageTest(browser)
{
    [Fact]
    public async Task An_admin_adds_a_person_with_a_temporary_password_changes_them_and_disables_them_only_after_saying_yes()
    {
        var (page, _) = await OpenAsync("/admin", live: false, role: Roles.Admin, unitId: null);
        await page.FillAsync("#user-form input[name=userName]", "bripda.lia");
        await page.FillAsync("#user-form input[name=displayName]", "Bripda Lia Amelia");
        await page.FillAsync("#user-form input[name=nrp]", "95060123");
        await page.SelectOptionAsync("#user-form select[name=role]", Roles.Officer);
        await page.SelectOptionAsync("#user-form select[name=unitId]", "polsek-setu-tangerang-selatan");
        await page.FillAsync("#user-form input[name=password]", "temporary-password");
        await page.ClickAsync("#user-save");
        var row = page.Locator("tr[data-user='bripda.lia']");
        await Expect(row).ToContainTextAsync("Bripda Lia Amelia");
        await Expect(row).ToContainTextAsync("Petugas unit");
        await Expect(row).ToContainTextAsync("Polsek Setu");
        await Expect(row).ToContainTextAsync("Harus ganti sandi");

        // A mistake is named by the server, by its code in the page's language, and changes nothing.
        await page.FillAsync("#user-form input[name=userName]", "bripda.lia");
        await page.FillAsync("#user-form input[name=password]", "temporary-password");
        await page.ClickAsync("#user-save");
        await Expect(page.Locator("#user-error")).ToHaveTextAsync("Nama pengguna sudah dipakai.");

        await row.Locator("button[data-action=edit]").ClickAsync();
        await Expect(page.Locator("#user-form-title")).ToHaveTextAsync("Ubah pengguna bripda.lia");
        await page.FillAsync("#user-form input[name=displayName]", "Briptu Lia Amelia");
        await page.ClickAsync("#user-save");
        await Expect(row).ToContainTextAsync("Briptu Lia Amelia");
        await Expect(page.Locator("#user-form-title")).ToHaveTextAsync("Tambah pengguna");

        // Escape is no; only the dialog's own button disables.
        await row.Locator("button[data-action=disable]").ClickAsync();
        await Expect(page.Locator("#confirm")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#confirm")).ToBeHiddenAsync();
        await Expect(row.Locator("td.status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Aktif"));
        Assert.False(await DisabledAsync("bripda.lia"));
        await row.Locator("button[data-action=disable]").ClickAsync();
        await page.ClickAsync("#confirm-yes");
        // The status cell, not the row: the row's own button says "Nonaktifkan".
        await Expect(row.Locator("td.status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Nonaktif"));
        Assert.True(await DisabledAsync("bripda.lia"));

        // The last admin stays: the refusal is shown, in words.
        await page.Locator("tr[data-user='admin'] button[data-action=disable]").ClickAsync();
        await page.ClickAsync("#confirm-yes");
        await Expect(page.Locator("#notice")).ToContainTextAsync("Ini admin aktif terakhir");
        await Expect(page.Locator("#notice")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("failed"));
    }

    [Fact]
    public async Task An_admin_issues_a_machine_token_sees_it_once_and_revokes_it()
    {
        var (page, _) = await OpenAsync("/admin", live: false, role: Roles.Admin, unitId: null);
        await page.FillAsync("#token-form input[name=name]", "PBX Jakarta");
        await page.ClickAsync("#token-form button[type=submit]");
        await Expect(page.Locator("#issued-token")).ToContainTextAsync("mc110_");
        var token = await page.Locator("#issued-token").InnerTextAsync();
        Assert.StartsWith("mc110_", token);
        var row = page.Locator("#token-rows tr", new() { HasText = "PBX Jakarta" });
        await Expect(row).ToContainTextAsync("Integrasi (mesin)");

        using var machine = Factory.CreateClient();
        machine.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.True((await machine.GetAsync(new Uri(BaseAddress, "/metrics"))).IsSuccessStatusCode);

        await page.ReloadAsync();
        await Expect(page.Locator("#issued")).ToBeHiddenAsync();
        await row.Locator("button[data-action=revoke]").ClickAsync();
        await page.ClickAsync("#confirm-yes");
        await Expect(row).ToContainTextAsync("Dicabut");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await machine.GetAsync(new Uri(BaseAddress, "/metrics"))).StatusCode);
    }

    [Fact]
    public async Task Anyone_but_an_admin_is_told_the_page_is_not_theirs()
    {
        var (page, _) = await OpenAsync("/admin", live: false, role: Roles.Operator, unitId: "mabes");
        await Expect(page.Locator("#refused")).ToBeVisibleAsync();
        await Expect(page.Locator("#people")).ToBeHiddenAsync();
    }

    private async Task<bool> DisabledAsync(string userName)
    {
        var admin = await Factory.AdminClientAsync();
        var users = await admin.GetFromJsonAsync<JsonElement>(new Uri(BaseAddress, "/api/admin/users"));
        return users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName).GetProperty("disabled").GetBoolean();
    }
}
