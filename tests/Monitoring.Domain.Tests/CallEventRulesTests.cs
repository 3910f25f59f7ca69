using System.Text.Json;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Telephony;

namespace Monitoring.Domain.Tests;

public sealed class CallEventRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 23, 40, 30, TimeSpan.Zero);

    private static JsonElement Json(string raw) => JsonDocument.Parse(raw).RootElement.Clone();

    private static CallEventForm Offer(string at = "\"2026-12-07T23:40:01.234Z\"") =>
        new("a84b4c76e66710@10.0.0.1", "offered", Json(at), "081234567890", "110", "ext-201", null, null);

    private static IEnumerable<string> Fields(CallEventForm form) => CallEventRules.Validate(form, Now).Errors.Select(e => e.Field);

    [Fact]
    public void An_offer_keeps_its_millisecond_and_normalizes_the_number()
    {
        var (e, errors) = CallEventRules.Validate(Offer(), Now);
        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 23, 40, 1, 234, TimeSpan.Zero), e!.At);
        Assert.Equal((CallStep.Offered, "+6281234567890", "ext-201"), (e.Step, e.Caller?.Value, e.AgentId));
    }

    [Fact]
    public void An_offset_time_and_Kamailio_epoch_seconds_name_the_same_instant()
    {
        var wib = CallEventRules.Validate(Offer("\"2026-12-08T06:40:01.234+07:00\""), Now).Event!;
        var epoch = CallEventRules.Validate(Offer(new DateTimeOffset(2026, 12, 7, 23, 40, 1, 234, TimeSpan.Zero).ToUnixTimeMilliseconds() / 1000.0 + ""), Now).Event!;
        Assert.Equal(wib.At, epoch.At);
        Assert.Equal(TimeSpan.Zero, epoch.At.Offset);
    }

    [Theory]
    [InlineData("\"2026-12-07 23:40:01\"", "time_format")]   // no offset
    [InlineData("\"yesterday\"", "time_format")]
    [InlineData("true", "time_format")]
    [InlineData("-5", "time_format")]
    [InlineData("\"2026-12-07T23:41:31Z\"", "time_window")]  // 61 s ahead
    [InlineData("\"2026-12-06T23:40:29Z\"", "time_window")]  // older than a day
    [InlineData("null", "required")]
    public void A_time_unreadable_or_outside_the_window_is_refused(string at, string code)
    {
        var error = Assert.Single(CallEventRules.Validate(Offer(at), Now).Errors);
        Assert.Equal(("at", code), (error.Field, error.Code));
    }

    [Fact]
    public void A_time_up_to_a_minute_ahead_is_the_telephony_clock_running_fast_and_counts_as_now()
    {
        // Kept as sent, a ring would start in the center's future and measure less than it was.
        Assert.Equal(Now, CallEventRules.Validate(Offer("\"2026-12-07T23:41:30Z\""), Now).Event!.At);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("nul\u0000")]
    [InlineData("<script>")]
    public void A_call_id_that_is_no_SIP_Call_ID_is_refused(string id)
    {
        Assert.Equal(["callId"], Fields(Offer() with { CallId = id }));
    }

    [Fact]
    public void A_call_id_of_600_characters_is_refused() => Assert.Equal(["callId"], Fields(Offer() with { CallId = new string('a', 600) }));

    [Fact]
    public void An_unknown_event_and_an_offer_without_its_number_are_refused_by_field()
    {
        Assert.Equal(["event"], Fields(Offer() with { Event = "ringing" }));
        Assert.Equal(["callerNumber"], Fields(Offer() with { CallerNumber = null }));
        Assert.Empty(Fields(Offer() with { Event = "answered", CallerNumber = null }));
        Assert.Equal(["callerNumber"], Fields(Offer() with { Event = "ended", CallerNumber = "abc" }));
    }

    [Fact]
    public void A_network_location_is_checked_field_by_field()
    {
        var good = CallEventRules.Validate(Offer() with { Location = new(-6.2, 106.8, 800, "cell") }, Now).Event!;
        Assert.Equal(new NetworkLocation(-6.2, 106.8, 800, LocationSource.Cell), good.Location);
        Assert.Equal(["location.latitude", "location.radiusMeters", "location.source"],
            Fields(Offer() with { Location = new(-91, 106.8, -1, "gps") }));
    }

    [Fact]
    public void A_PIDF_LO_over_16_KB_or_without_a_position_is_refused_and_one_with_a_circle_is_the_calls_location()
    {
        Assert.Equal(["pidfLo"], Fields(Offer() with { PidfLo = new string('x', 16 * 1024 + 1) }));
        Assert.Equal(["pidfLo"], Fields(Offer() with { PidfLo = "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\"/>" }));
        const string pidf = """
            <presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"
                      xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10" xmlns:gml="http://www.opengis.net/gml"
                      xmlns:gs="http://www.opengis.net/pidflo/1.0" entity="pres:caller@example.id">
              <dm:device id="handset"><gp:geopriv><gp:location-info>
                <gs:Circle srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>-6.17539 106.82715</gml:pos>
                  <gs:radius uom="urn:ogc:def:uom:EPSG::9001">35</gs:radius></gs:Circle>
              </gp:location-info><gp:usage-rules/></gp:geopriv></dm:device>
            </presence>
            """;
        // Carried by the call, the handset's circle wins over the network's cell.
        var e = CallEventRules.Validate(Offer() with { PidfLo = pidf, Location = new(-6.2, 106.8, 800, "cell") }, Now).Event!;
        Assert.Equal((-6.17539, 106.82715, 35.0, LocationSource.Pidf), (e.Location!.Latitude, e.Location.Longitude, e.Location.RadiusMeters, e.Location.Source));
        Assert.Equal(pidf, e.PidfLo);
    }
}
