using Monitoring.Domain.Telephony;

namespace Monitoring.Domain.Tests;

public sealed class PidfLoTests
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <presence xmlns="urn:ietf:params:xml:ns:pidf"
                  xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"
                  xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10"
                  xmlns:gml="http://www.opengis.net/gml"
                  xmlns:gs="http://www.opengis.net/pidflo/1.0"
                  xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"
                  entity="pres:caller@example.id">
        """;

    /// <summary>RFC 5491's shape of a device's location: dm:device / gp:geopriv / gp:location-info, with its timestamp.</summary>
    private static string Device(string shape, string timestamp = "2026-12-07T23:40:01Z") => $"""
        {Head}
          <dm:device id="handset">
            <gp:geopriv>
              <gp:location-info>
                {shape}
              </gp:location-info>
              <gp:usage-rules/>
              <gp:method>GPS</gp:method>
            </gp:geopriv>
            <dm:deviceID>mac:1234567890ab</dm:deviceID>
            <dm:timestamp>{timestamp}</dm:timestamp>
          </dm:device>
        </presence>
        """;

    private const string Circle = """
        <gs:Circle srsName="urn:ogc:def:crs:EPSG::4326">
          <gml:pos>-6.17539 106.82715</gml:pos>
          <gs:radius uom="urn:ogc:def:uom:EPSG::9001">850.24</gs:radius>
        </gs:Circle>
        """;

    [Fact]
    public void A_circle_gives_its_centre_its_radius_and_the_devices_timestamp()
    {
        var (location, error) = PidfLo.Parse(Device(Circle));

        Assert.Null(error);
        Assert.Equal(new NetworkLocation(-6.17539, 106.82715, 850.24, LocationSource.Pidf, new DateTimeOffset(2026, 12, 7, 23, 40, 1, TimeSpan.Zero)), location);
    }

    [Fact]
    public void A_point_gets_the_stated_default_radius_and_a_3d_point_keeps_its_latitude_and_longitude()
    {
        var (point, _) = PidfLo.Parse(Device("""<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>-34.407 150.883</gml:pos></gml:Point>"""));
        Assert.Equal((-34.407, 150.883, PidfLo.PointRadiusMeters), (point!.Latitude, point.Longitude, point.RadiusMeters));

        var (high, error) = PidfLo.Parse(Device("""<gml:Point srsName="urn:ogc:def:crs:EPSG::4979"><gml:pos>-34.407 150.883 24.8</gml:pos></gml:Point>"""));
        Assert.Null(error);
        Assert.Equal((-34.407, 150.883), (high!.Latitude, high.Longitude));
    }

    [Fact]
    public void The_rfc_4119_tuple_form_is_read_too_and_a_location_without_timestamp_has_no_fix_time()
    {
        var xml = $"""
            {Head}
              <tuple id="sg89ae">
                <status>
                  <gp:geopriv>
                    <gp:location-info>{Circle}</gp:location-info>
                    <gp:usage-rules/>
                  </gp:geopriv>
                </status>
              </tuple>
            </presence>
            """;

        var (location, error) = PidfLo.Parse(xml);

        Assert.Null(error);
        Assert.Equal((850.24, (DateTimeOffset?)null), (location!.RadiusMeters, location.FixedAt));
    }

    public static TheoryData<string, string> Refused => new()
    {
        { Device("""<gml:Polygon srsName="urn:ogc:def:crs:EPSG::4326"><gml:exterior><gml:LinearRing><gml:posList>-6 106 -6.1 106 -6.1 106.1 -6 106</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"""), ErrorCodes.UnknownValue },
        { Device("<ca:civicAddress><ca:country>ID</ca:country><ca:A1>DKI Jakarta</ca:A1></ca:civicAddress>"), ErrorCodes.UnknownValue },
        { Device("""<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>-96.1 106.8</gml:pos></gml:Point>"""), ErrorCodes.OutOfRange },
        { Device("""<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>-6.1 180.5</gml:pos></gml:Point>"""), ErrorCodes.OutOfRange },
        { Device("""<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>-6.1 NaN</gml:pos></gml:Point>"""), ErrorCodes.WrongType },
        { Device("""<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>-6.1</gml:pos></gml:Point>"""), ErrorCodes.WrongType },
        { Device("""<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>-6.1 106.8 20</gml:pos></gml:Point>"""), ErrorCodes.WrongType },
        { Device("""<gml:Point srsName="urn:ogc:def:crs:EPSG::3857"><gml:pos>-6.1 106.8</gml:pos></gml:Point>"""), ErrorCodes.UnknownValue },
        { Device("""<gml:Point><gml:pos>-6.1 106.8</gml:pos></gml:Point>"""), ErrorCodes.UnknownValue },
        { Device(Circle.Replace("EPSG::9001", "EPSG::9002")), ErrorCodes.UnknownValue },
        { Device(Circle.Replace("850.24", "-3")), ErrorCodes.OutOfRange },
        { Device(Circle.Replace("850.24", "150000")), ErrorCodes.OutOfRange },
        { Device(Circle.Replace("<gs:radius uom=\"urn:ogc:def:uom:EPSG::9001\">850.24</gs:radius>", "")), ErrorCodes.Required },
        { Device(Circle, timestamp: "07/12/2026 23:40"), ErrorCodes.TimeFormat },
        { $"{Head}<tuple id=\"a\"><status/></tuple></presence>", ErrorCodes.Required },
        { "<location xmlns=\"urn:example\"/>", ErrorCodes.UnknownValue },
        { "", ErrorCodes.Required },
        { "<presence", ErrorCodes.WrongType },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Anything_but_a_wgs84_point_or_circle_in_range_is_refused_on_the_pidfLo_field(string xml, string code)
    {
        var (location, error) = PidfLo.Parse(xml);

        Assert.Null(location);
        Assert.Equal((PidfLo.Field, code), (error!.Field, error.Code));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void A_billion_laughs_is_refused_before_any_entity_is_expanded()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE presence [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <presence xmlns="urn:ietf:params:xml:ns:pidf">&lol9;</presence>
            """;

        var (location, error) = PidfLo.Parse(laughs);

        Assert.Null(location);
        Assert.Equal(ErrorCodes.WrongType, error!.Code);
        Assert.DoesNotContain("lollol", error.Message);
    }

    [Fact]
    public void An_external_entity_is_never_fetched_or_read()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "-6.1 106.8");
        try
        {
            var xxe = $"""
                <?xml version="1.0"?>
                <!DOCTYPE presence [ <!ENTITY pos SYSTEM "file://{secret}"> ]>
                {Head}<dm:device id="d"><gp:geopriv><gp:location-info>
                <gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>&pos;</gml:pos></gml:Point>
                </gp:location-info></gp:geopriv></dm:device></presence>
                """;

            var (location, error) = PidfLo.Parse(xxe);

            Assert.Null(location);
            Assert.Equal(ErrorCodes.WrongType, error!.Code);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_megabyte_document_is_refused_by_its_length_and_one_just_under_the_limit_padded_with_space_is_read()
    {
        var huge = Device(Circle).Replace("<gp:usage-rules/>", "<gp:usage-rules/>" + new string(' ', 1024 * 1024));
        Assert.Equal(ErrorCodes.TooLong, PidfLo.Parse(huge).Error!.Code);

        var padded = Device(Circle);
        padded = padded.Replace("<gp:usage-rules/>", "<gp:usage-rules/>" + new string(' ', PidfLo.MaxCharacters - padded.Length));
        Assert.Equal(PidfLo.MaxCharacters, padded.Length);
        Assert.Null(PidfLo.Parse(padded).Error);
    }

    [Fact]
    public void A_nul_character_is_not_xml_and_is_refused()
    {
        var (location, error) = PidfLo.Parse(Device(Circle).Replace("850.24", "850\u000024"));

        Assert.Null(location);
        Assert.Equal(ErrorCodes.WrongType, error!.Code);
    }
}
