using System.Net;
using static Monitoring.Server.Tests.Audit.AuditApi;

namespace Monitoring.Server.Tests.Audit;

/// <summary>The trail never holds up the intake: a request hands its line to a queue and goes on.</summary>
public sealed class AuditFloodTests : ServerTest
{
    private const int Calls = 200;

    [Fact]
    public async Task A_flood_of_intake_is_answered_and_every_line_is_written_after()
    {
        var admin = await Factory.AdminClientAsync();
        var answers = await IntakeFloodAsync(Api, Calls, "08129");
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Created, status));
        await Eventually.Until(() => PageAsync(admin, "action=interaction.record&pageSize=1"), p => p.GetProperty("total").GetInt32() == Calls,
            what: $"{Calls} intake lines");
    }
}
