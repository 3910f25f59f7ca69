using System.Net;
using System.Net.Http.Headers;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Audit.AuditApi;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Audit;

/// <summary>The auditor's questions of GET /api/admin/audit: filters, pages, CSV, and who may ask at all.</summary>
public sealed class AuditQueryTests : ServerTest
{
    [Fact]
    public async Task Lines_come_newest_first_in_pages_with_the_total_and_every_filter_narrows_them()
    {
        var admin = await Factory.AdminClientAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        for (var i = 1; i <= 5; i++) Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, $"bripda.{i}", Roles.CallTaker)).StatusCode);
        await Eventually.Until(() => PageAsync(admin, "action=user.create"), p => p.GetProperty("total").GetInt32() == 5);

        var first = await PageAsync(admin, "action=user.create&pageSize=2");
        Assert.Equal((5, 1, 2), (first.GetProperty("total").GetInt32(), first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32()));
        Assert.Equal(["bripda.5", "bripda.4"], Items(first).Select(l => l.Text("target")));
        Assert.Equal(["bripda.1"], Items(await PageAsync(admin, "action=user.create&pageSize=2&page=3")).Select(l => l.Text("target")));
        Assert.Empty(Items(await PageAsync(admin, "action=user.create&pageSize=2&page=4")));

        // An action names the actions under it; a user name matches whatever its case.
        Assert.Equal(5, (await PageAsync(admin, "action=user")).GetProperty("total").GetInt32());
        Assert.Empty(Items(await PageAsync(admin, "action=use")));
        Assert.Equal(["bripda.3"], Items(await PageAsync(admin, "target=bripda.3&userName=ADMIN")).Select(l => l.Text("target")));
        Assert.Empty(Items(await PageAsync(admin, "target=bripda.3&userName=manager")));

        var from = Uri.EscapeDataString(before.ToString("o"));
        Assert.Equal(5, (await PageAsync(admin, $"action=user.create&from={from}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await PageAsync(admin, $"action=user.create&to={from}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_bad_filter_is_refused_naming_each_field_and_a_period_that_ends_before_it_starts_names_from()
    {
        var admin = await Factory.AdminClientAsync();
        var bad = await admin.GetAsync("/api/admin/audit?from=yesterday&pageSize=501&page=0&format=xml&target=a%00b");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["format", "from", "page", "pageSize", "target"], (await FieldsAsync(bad)).Order());
        var backwards = await admin.GetAsync("/api/admin/audit?from=2026-11-28T10:00:00Z&to=2026-11-28T09:00:00Z");
        Assert.Equal(["from"], await FieldsAsync(backwards));
    }

    [Fact]
    public async Task Only_an_admin_reads_the_trail_and_a_refused_reader_is_on_it()
    {
        var admin = await Factory.AdminClientAsync();
        foreach (var role in new[] { Roles.Operator, Roles.Manager, Roles.CallTaker })
        {
            var client = await Factory.ClientAsAsync(role, Roles.Scoped.Contains(role) ? "mabes" : null);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/audit")).StatusCode);
        }
        var refused = await LineAsync(admin, "audit.read", where: l => l.Text("userName") == "manager");
        Assert.Equal(("refused", "403"), (refused.Text("outcome"), refused.Text("status")));
    }

    [Fact]
    public async Task The_csv_neutralises_a_cell_a_spreadsheet_would_run_as_a_formula()
    {
        var admin = await Factory.AdminClientAsync();
        var guesser = Factory.CreateClient();
        await TokenAsync(guesser, "=HYPERLINK(\"http://127.0.0.1/x\",\"klik\")", "wrong-password-1");
        await TokenAsync(guesser, "@SUM(A1)", "wrong-password-1");
        await TokenAsync(guesser, "-2+3", "wrong-password-1");
        await Eventually.Until(() => PageAsync(admin, "action=auth.signin.failed"), p => p.GetProperty("total").GetInt32() == 3);

        var byQuery = await (await admin.GetAsync("/api/admin/audit?action=auth.signin.failed&format=csv")).Content.ReadAsStringAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/audit?action=auth.signin.failed");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var byAccept = await admin.SendAsync(request);
        Assert.Equal("text/csv", byAccept.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3", byAccept.Headers.GetValues("X-Total-Count").Single());
        var lines = byQuery.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("time_utc,user_name,role,action,target,outcome,status,client_address,detail", lines[0]);
        Assert.Equal(4, lines.Length);
        // Newest first: each name as user and as target, behind a quote mark, quoted where it holds a comma or a quote.
        Assert.Contains(",'-2+3,,auth.signin.failed,'-2+3,refused,401,", lines[1]);
        Assert.Contains(",'@SUM(A1),,auth.signin.failed,'@SUM(A1),refused,401,", lines[2]);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://127.0.0.1/x\"\",\"\"klik\"\")\",", lines[3]);
        Assert.DoesNotContain(",=", byQuery);
        Assert.Equal(await (await admin.GetAsync("/api/admin/audit?action=auth.signin.failed&format=csv")).Content.ReadAsStringAsync(), byQuery);
        // The export is itself a line.
        await LineAsync(admin, "audit.export");
    }
}
