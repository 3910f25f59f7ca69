using System.Net;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Limits.LimitClients;

namespace Monitoring.Server.Tests.Limits;

/// <summary>An intake limit of two a second, small enough for a test to pass it.</summary>
[StorageIndependent]
public sealed class IntakeLimitTests() : ServerTest(new Dictionary<string, string?> { ["Monitoring:Limits:IntakePerTokenPerSecond"] = "2" })
{
    [Fact]
    public async Task A_sign_in_over_its_intake_limit_gets_429_and_another_sign_in_is_not_held_back()
    {
        var telephony = await TelephonyAsync(Factory);
        var created = 0;
        HttpResponseMessage? refused = null;
        // The bucket holds two and gets two more each second: well before fifty calls one is refused.
        for (var i = 0; i < 50 && refused is null; i++)
        {
            var response = await RecordAsync(telephony);
            if (response.StatusCode == HttpStatusCode.Created) created++;
            else refused = response;
        }
        Assert.NotNull(refused);
        var (detail, retryAfter) = await TooManyAsync(refused);
        Assert.Contains("more than 2 interactions in a second", detail);
        Assert.Equal(1, retryAfter);
        Assert.True(created >= 2, $"{created} recorded before the refusal");

        Assert.Equal(HttpStatusCode.Created, (await RecordAsync(await Factory.ClientAsAsync(Roles.CallTaker))).StatusCode);
    }
}
