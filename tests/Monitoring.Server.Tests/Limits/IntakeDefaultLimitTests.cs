using System.Net;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Limits.LimitClients;

namespace Monitoring.Server.Tests.Limits;

/// <summary>The default intake limit, which tests and the benchmark run under.</summary>
[StorageIndependent]
public sealed class IntakeDefaultLimitTests : ServerTest
{
    [Fact]
    public async Task At_the_default_one_token_recording_as_fast_as_it_can_is_not_held_back()
    {
        var telephony = await TelephonyAsync(Factory);
        var statuses = new List<HttpStatusCode>();
        await Parallel.ForAsync(0, 300, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (_, _) =>
        {
            var status = (await RecordAsync(telephony)).StatusCode;
            lock (statuses) statuses.Add(status);
        });
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
    }
}
