using Monitoring.Domain.Telephony;

namespace Monitoring.Domain.Tests;

public sealed class AmlMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 23, 40, 30, TimeSpan.Zero);
    private static readonly long FixMs = new DateTimeOffset(2026, 12, 7, 23, 40, 1, 234, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>What an Android handset posts to the HTTPS endpoint (fields of ETSI TS 103 625 as Android's ELS sends them).</summary>
    private static Dictionary<string, string> Handset() => new()
    {
        ["v"] = "3",
        ["emergency_number"] = "110",
        ["source"] = "call",
        ["thunderbird_version"] = "2800",
        ["time"] = (FixMs - 9_000).ToString(),
        ["location_latitude"] = "-6.1753924",
        ["location_longitude"] = "106.8271528",
        ["location_time"] = FixMs.ToString(),
        ["location_altitude"] = "12.5",
        ["location_source"] = "gps",
        ["location_accuracy"] = "11.3",
        ["location_confidence"] = "68",
        ["device_number"] = "+6281234567890",
        ["device_model"] = "Pixel 7",
        ["cell_home_mcc"] = "510",
        ["cell_home_mnc"] = "10",
    };

    private static (AmlMessage? Message, IReadOnlyList<Domain.Interactions.FieldError> Errors) Parse(Dictionary<string, string> fields) =>
        AmlMessage.Parse(fields, Now);

    [Fact]
    public void A_handsets_https_message_gives_its_number_its_fix_time_and_a_circle_from_the_handset()
    {
        var (message, errors) = Parse(Handset());

        Assert.Empty(errors);
        Assert.Equal("+6281234567890", message!.DeviceNumber.Value);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(FixMs), message.FixedAt);
        Assert.Equal(new NetworkLocation(-6.1753924, 106.8271528, 11.3, LocationSource.Aml, message.FixedAt), message.Location);
        Assert.Equal(AmlPositioning.Gps, message.Positioning);
    }

    [Fact]
    public void An_indonesian_number_written_nationally_is_the_same_caller_in_E164()
    {
        var fields = Handset();
        fields["device_number"] = "081234567890";
        Assert.Equal("+6281234567890", Parse(fields).Message!.DeviceNumber.Value);
    }

    [Fact]
    public void Without_a_fix_time_the_calls_start_is_the_time_and_a_bad_one_is_named_by_its_own_field()
    {
        var fields = Handset();
        fields.Remove("location_time");
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(FixMs - 9_000), Parse(fields).Message!.FixedAt);

        fields["time"] = "yesterday";
        Assert.Equal("time", Assert.Single(Parse(fields).Errors).Field);

        fields.Remove("time");
        var missing = Assert.Single(Parse(fields).Errors);
        Assert.Equal(("location_time", ErrorCodes.Required), (missing.Field, missing.Code));
    }

    [Theory]
    [InlineData("location_latitude", "-90.5", ErrorCodes.OutOfRange)]
    [InlineData("location_latitude", "NaN", ErrorCodes.OutOfRange)]
    [InlineData("location_latitude", "1e1", ErrorCodes.OutOfRange)]
    [InlineData("location_latitude", "-6,17", ErrorCodes.OutOfRange)]
    [InlineData("location_latitude", "", ErrorCodes.Required)]
    [InlineData("location_longitude", "180.0001", ErrorCodes.OutOfRange)]
    [InlineData("location_longitude", "Infinity", ErrorCodes.OutOfRange)]
    [InlineData("location_accuracy", "0", ErrorCodes.OutOfRange)]
    [InlineData("location_accuracy", "-5", ErrorCodes.OutOfRange)]
    [InlineData("location_accuracy", "100000.5", ErrorCodes.OutOfRange)]
    [InlineData("location_confidence", "180", ErrorCodes.OutOfRange)]
    [InlineData("location_time", "1796773201.234", ErrorCodes.TimeFormat)]
    [InlineData("location_time", "99999999999999999", ErrorCodes.TimeFormat)]
    [InlineData("location_source", "guess", ErrorCodes.UnknownValue)]
    [InlineData("device_number", "not a number", ErrorCodes.CallerNumber)]
    [InlineData("device_number", " ", ErrorCodes.Required)]
    [InlineData("v", "9", ErrorCodes.UnknownValue)]
    [InlineData("v", "", ErrorCodes.Required)]
    public void A_wrong_field_is_refused_by_the_standards_own_name_and_nothing_is_given(string field, string value, string code)
    {
        var fields = Handset();
        fields[field] = value;

        var (message, errors) = Parse(fields);

        Assert.Null(message);
        var error = Assert.Single(errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public void A_fix_far_in_the_future_or_more_than_a_day_old_is_refused_and_a_little_clock_drift_is_the_centers_now()
    {
        var fields = Handset();
        fields["location_time"] = (Now + TimeSpan.FromMinutes(6)).ToUnixTimeMilliseconds().ToString();
        Assert.Equal(("location_time", ErrorCodes.TimeWindow), (Assert.Single(Parse(fields).Errors).Field, Assert.Single(Parse(fields).Errors).Code));

        fields["location_time"] = (Now - TimeSpan.FromHours(25)).ToUnixTimeMilliseconds().ToString();
        Assert.Equal(ErrorCodes.TimeWindow, Assert.Single(Parse(fields).Errors).Code);

        fields["location_time"] = (Now + TimeSpan.FromSeconds(20)).ToUnixTimeMilliseconds().ToString();
        Assert.Equal(Now, Parse(fields).Message!.FixedAt);
    }

    [Fact]
    public void A_field_given_twice_with_two_values_is_refused_and_twice_the_same_is_one()
    {
        var pairs = Handset().ToList();
        pairs.Add(new("location_latitude", "-6.1753924"));
        Assert.Empty(AmlMessage.Parse(pairs, Now).Errors);

        pairs.Add(new("location_latitude", "-7.0"));
        Assert.Equal("location_latitude", Assert.Single(AmlMessage.Parse(pairs, Now).Errors).Field);
    }

    [Fact]
    public void A_message_without_position_or_number_names_every_missing_field()
    {
        var (message, errors) = AmlMessage.Parse([new("v", "3")], Now);

        Assert.Null(message);
        Assert.Equal(["device_number", "location_latitude", "location_longitude", "location_accuracy", "location_time"], errors.Select(e => e.Field));
    }

    [Fact]
    public void The_sms_format_gives_the_same_position_with_the_gateways_sender_as_the_number()
    {
        const string sms = "A\"ML=1;lt=-6.17539;lg=+106.82715;rd=12;top=20261207234001;lc=68;pm=W;si=510101234567890;ei=356708041746734;mcc=510;mnc=10;ml=124";

        var (message, errors) = AmlMessage.ParseSms(sms, "6281234567890", Now);

        Assert.Empty(errors);
        Assert.Equal("+6281234567890", message!.DeviceNumber.Value);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 23, 40, 1, TimeSpan.Zero), message.FixedAt);
        Assert.Equal(new NetworkLocation(-6.17539, 106.82715, 12, LocationSource.Aml, message.FixedAt), message.Location);
        Assert.Equal(AmlPositioning.Wifi, message.Positioning);
    }

    [Theory]
    [InlineData("A\"ML=1;lt=;lg=;rd=;top=20261207234001;lc=;pm=N;ml=60", "lt")]
    [InlineData("A\"ML=1;lt=-6.1;lg=106.8;rd=12;top=20261307234001;pm=G", "top")]
    [InlineData("A\"ML=7;lt=-6.1;lg=106.8;rd=12;top=20261207234001;pm=G", "A\"ML")]
    [InlineData("hello;lt=-6.1", "A\"ML")]
    [InlineData("A\"ML=1;lt=-6.1;lg=106.8;rd;top=20261207234001", "A\"ML")]
    public void A_garbled_sms_is_refused_by_its_own_key(string sms, string field)
    {
        var (message, errors) = AmlMessage.ParseSms(sms, "+6281234567890", Now);

        Assert.Null(message);
        Assert.Equal(field, errors[0].Field);
    }

    [Fact]
    public void An_sms_without_a_sender_cannot_be_matched_to_a_call()
    {
        var (message, errors) = AmlMessage.ParseSms("A\"ML=1;lt=-6.1;lg=106.8;rd=12;top=20261207234001;pm=G", null, Now);

        Assert.Null(message);
        Assert.Equal(("device_number", ErrorCodes.Required), (errors[0].Field, errors[0].Code));
    }
}
