using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Tests.Telephony;

/// <summary>Every test asserts that its refusal changed nothing, so they share one server.</summary>
[StorageIndependent]
public sealed class AmlEndpointTests(SharedServer server) : ServerTest(server), IClassFixture<SharedServer>
{
    private const string Path = "/api/telephony/aml";

    /// <summary>One good call first, so the journal exists and has a count to keep.</summary>
    public override async ValueTask InitializeAsync() => await Api.RecordAsync(new { callerNumber = "0899999999", kind = "information" });

    private static Dictionary<string, string> Handset() => new()
    {
        ["v"] = "3",
        ["emergency_number"] = "110",
        ["location_latitude"] = "-6.1753924",
        ["location_longitude"] = "106.8271528",
        ["location_accuracy"] = "11.3",
        ["location_time"] = DateTimeOffset.UtcNow.AddSeconds(-5).ToUnixTimeMilliseconds().ToString(),
        ["location_source"] = "gps",
        ["device_number"] = "+6281234567000",
    };

    private static Dictionary<string, string> With(string field, string value)
    {
        var fields = Handset();
        fields[field] = value;
        return fields;
    }

    public static TheoryData<string, Dictionary<string, string>, string> BadMessages => new()
    {
        { "latitude beyond 90", With("location_latitude", "91.2"), "location_latitude" },
        { "latitude not a number", With("location_latitude", "abc"), "location_latitude" },
        { "longitude NaN", With("location_longitude", "NaN"), "location_longitude" },
        { "radius of zero", With("location_accuracy", "0"), "location_accuracy" },
        { "radius of 200 km", With("location_accuracy", "200000"), "location_accuracy" },
        { "fix an hour ahead", With("location_time", DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds().ToString()), "location_time" },
        { "fix time in ISO", With("location_time", "2026-12-07T23:40:01Z"), "location_time" },
        { "number with letters", With("device_number", "0812-ABC"), "device_number" },
        { "unknown version", With("v", "42"), "v" },
        { "unknown positioning", With("location_source", "astrology"), "location_source" },
    };

    [Theory]
    [MemberData(nameof(BadMessages))]
    public async Task A_malformed_message_is_400_naming_the_standards_field_and_records_nothing(string what, Dictionary<string, string> fields, string field)
    {
        var before = Factory.JournalRows();
        var response = await (await TelephonyAsync()).PostAsync(Path, new FormUrlEncodedContent(fields));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_fields", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{what}: {problem}");
        Assert.All(problem.GetProperty("codes").GetProperty(field).EnumerateArray(), c => Assert.Contains(c.GetString()!, ProblemCodeTextsTests.Codes));
        Assert.Equal(before, Factory.JournalRows());
    }

    [Fact]
    public async Task A_good_position_from_a_number_with_no_recent_call_is_404_naming_the_number_field()
    {
        var before = Factory.JournalRows();
        var response = await (await TelephonyAsync()).PostAsync(Path, new FormUrlEncodedContent(Handset()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("no_recent_call", "device_number"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        Assert.DoesNotContain("81234567000", problem.GetProperty("detail").GetString());
        Assert.Equal(before, Factory.JournalRows());
    }

    [Fact]
    public async Task An_sms_text_is_read_with_the_sender_from_the_query_and_refused_by_its_own_keys()
    {
        var telephony = await TelephonyAsync();
        var top = DateTimeOffset.UtcNow.AddSeconds(-5).ToString("yyyyMMddHHmmss");
        var sms = $"A\"ML=1;lt=-6.17539;lg=106.82715;rd=12;top={top};lc=68;pm=G;ml=60";

        var unmatched = await telephony.PostAsync($"{Path}?device_number=081234567000", new StringContent(sms, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.NotFound, unmatched.StatusCode);

        var garbled = await telephony.PostAsync($"{Path}?device_number=081234567000", new StringContent(sms.Replace("lt=-6.17539", "lt=-96.1"), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
        Assert.True((await garbled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("lt", out _));

        var unsent = await telephony.PostAsync(Path, new StringContent(sms, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, unsent.StatusCode);
        Assert.True((await unsent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("device_number", out _));
    }

    [Fact]
    public async Task A_json_body_is_415_and_a_flood_of_fields_is_refused_not_a_server_fault()
    {
        var telephony = await TelephonyAsync();

        var json = await telephony.PostAsync(Path, JsonContent.Create(Handset()));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal("not_aml", (await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var flood = Handset().Concat(Enumerable.Range(0, 500).Select(i => KeyValuePair.Create($"x{i}", "1")));
        var flooded = await telephony.PostAsync(Path, new FormUrlEncodedContent(flood));
        Assert.Equal(HttpStatusCode.BadRequest, flooded.StatusCode);

        var huge = await telephony.PostAsync(Path, new StringContent("A\"ML=1;" + new string('x', 20_000), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    private Task<Monitoring.Testing.SignedInClient> TelephonyAsync() => Factory.ClientAsAsync(Roles.Integration);
}
