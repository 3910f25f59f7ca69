using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

public sealed class ApiTokenTests : ServerTest
{
    [Fact]
    public async Task An_api_token_is_shown_once_works_is_stored_hashed_and_stops_when_revoked()
    {
        var admin = await Factory.AdminClientAsync();
        var issued = await admin.PostAsJsonAsync("/api/admin/tokens", new { name = "asterisk-1", role = Roles.Integration });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var body = await JsonAsync(issued);
        var secret = body.GetProperty("token").GetString()!;
        var id = body.GetProperty("id").GetString()!;
        Assert.StartsWith("mc110_", secret);

        var machine = Bearer(Factory, secret);
        var me = await JsonAsync(await machine.GetAsync("/api/auth/me"));
        Assert.Equal("asterisk-1", me.GetProperty("userName").GetString());
        Assert.Equal(Roles.Integration, me.GetProperty("role").GetString());

        var listed = await admin.GetStringAsync("/api/admin/tokens");
        Assert.Contains("asterisk-1", listed);
        Assert.DoesNotContain(secret, listed);
        Assert.DoesNotContain(ApiTokenSecret.Hash(secret), listed);

        using (var scope = Factory.Services.CreateScope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<PeopleDb>().ApiTokens.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
            var row = JsonSerializer.Serialize(Assert.Single(rows));
            Assert.DoesNotContain(secret, row);
            Assert.DoesNotContain(secret["mc110_".Length..], row);
            Assert.Contains(ApiTokenSecret.Hash(secret), row);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/auth/me")).StatusCode);
        Assert.Contains("revokedAt\":\"", await admin.GetStringAsync("/api/admin/tokens"));
    }

    [Fact]
    public async Task A_scoped_token_carries_its_unit_and_a_bad_grant_is_refused_by_field()
    {
        var admin = await Factory.AdminClientAsync();
        Assert.Equal(["unitId"], await FieldsAsync(await admin.PostAsJsonAsync("/api/admin/tokens", new { name = "wall-1", role = Roles.Wall })));
        Assert.Equal(["role"], await FieldsAsync(await admin.PostAsJsonAsync("/api/admin/tokens", new { name = "x", role = "god" })));
        var issued = await JsonAsync(await admin.PostAsJsonAsync("/api/admin/tokens",
            new { name = "wall-1", role = Roles.Wall, unitId = "polres-tangerang-selatan" }));
        var wall = Bearer(Factory, issued.GetProperty("token").GetString());
        Assert.Equal("polres-tangerang-selatan", (await JsonAsync(await wall.GetAsync("/api/auth/me"))).GetProperty("unitId").GetString());
        // A machine is not an admin, and a made-up token of the same shape opens nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await wall.GetAsync("/api/admin/tokens")).StatusCode);
        var forged = Bearer(Factory, ApiTokenSecret.New());
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/auth/me")).StatusCode);
    }
}
