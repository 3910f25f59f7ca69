using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Telephony;

/// <summary>
/// A PIDF-LO location object (RFC 4119, with the shapes of RFC 5491) that a SIP call carries (RFC 6442): the point or
/// circle it gives, as a <see cref="NetworkLocation"/> with source <see cref="LocationSource.Pidf"/>. The text comes from
/// outside the center, so the reader refuses DTDs (no entity expansion, no external fetch) and anything over 16 KB.
/// </summary>
public static class PidfLo
{
    public const string Field = "pidfLo";
    public const int MaxCharacters = 16 * 1024;

    /// <summary>
    /// A point says nothing of how far off it is, yet no handset or wiremap is exact, and a map without a circle claims it
    /// is. 50 m is about a city block: a GNSS fix in a street of buildings, or a building's configured address point, is
    /// usually within it, and it is the area a patrol searches first.
    /// </summary>
    public const double PointRadiusMeters = 50;

    private const string Wgs84 = "urn:ogc:def:crs:EPSG::4326";
    private const string Wgs84With3D = "urn:ogc:def:crs:EPSG::4979";
    private const string Meters = "urn:ogc:def:uom:EPSG::9001";

    private static readonly XNamespace Pidf = "urn:ietf:params:xml:ns:pidf";
    private static readonly XNamespace DataModel = "urn:ietf:params:xml:ns:pidf:data-model";
    private static readonly XNamespace Geopriv = "urn:ietf:params:xml:ns:pidf:geopriv10";
    private static readonly XNamespace Gml = "http://www.opengis.net/gml";
    private static readonly XNamespace Shapes = "http://www.opengis.net/pidflo/1.0";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static (NetworkLocation? Location, FieldError? Error) Parse(string xml)
    {
        if (string.IsNullOrWhiteSpace(xml)) return Refused(ErrorCodes.Required, "The PIDF-LO document is empty.");
        if (xml.Length > MaxCharacters) return Refused(ErrorCodes.TooLong, $"The PIDF-LO document may be at most {MaxCharacters} characters.");
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            // The reader's message names the line and position, never the document's content.
            return Refused(ErrorCodes.WrongType, $"The PIDF-LO document is not XML the center reads (no DTDs or entities): {e.Message}");
        }
        return Read(document);
    }

    private static (NetworkLocation?, FieldError?) Read(XDocument document)
    {
        if (document.Root?.Name != Pidf + "presence")
            return Refused(ErrorCodes.UnknownValue, "A PIDF-LO document is a <presence> element in the urn:ietf:params:xml:ns:pidf namespace.");
        var info = document.Root.Descendants(Geopriv + "location-info").FirstOrDefault();
        if (info is null) return Refused(ErrorCodes.Required, "The PIDF-LO document holds no <gp:location-info>.");
        var shape = info.Elements().FirstOrDefault(e => e.Name.Namespace == Gml || e.Name.Namespace == Shapes);
        if (shape is null)
            return Refused(ErrorCodes.UnknownValue, "The PIDF-LO location holds no geodetic shape (a civic address alone cannot be put on the map); expected gml:Point or gs:Circle.");
        var fixedAt = Timestamp(info);
        if (fixedAt is { Error: { } timeError }) return (null, timeError);
        return shape.Name == Gml + "Point" ? Shape(shape, null, fixedAt?.Value)
            : shape.Name == Shapes + "Circle" ? Shape(shape, shape.Element(Shapes + "radius"), fixedAt?.Value)
            : Refused(ErrorCodes.UnknownValue, $"The PIDF-LO shape {shape.Name.LocalName} is not read by the center; expected gml:Point or gs:Circle.");
    }

    private static (NetworkLocation?, FieldError?) Shape(XElement shape, XElement? radiusElement, DateTimeOffset? fixedAt)
    {
        var srs = (string?)shape.Attribute("srsName");
        var dimensions = srs == Wgs84 ? 2 : srs == Wgs84With3D ? 3 : 0;
        if (dimensions == 0)
            return Refused(ErrorCodes.UnknownValue, $"The {shape.Name.LocalName}'s srsName must be {Wgs84} or {Wgs84With3D} (WGS 84 latitude, longitude).");
        var pos = shape.Element(Gml + "pos");
        if (pos is null) return Refused(ErrorCodes.Required, $"The {shape.Name.LocalName} holds no gml:pos.");
        var numbers = pos.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (numbers.Length != dimensions || numbers.Select(Number).ToArray() is not [{ } latitude, { } longitude, ..])
            return Refused(ErrorCodes.WrongType, $"The gml:pos must be {dimensions} numbers (\"latitude longitude{(dimensions == 3 ? " altitude" : "")}\") under {srs}.");
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
            return Refused(ErrorCodes.OutOfRange, "The gml:pos latitude must be from -90 to 90 and its longitude from -180 to 180.");
        var radius = PointRadiusMeters;
        if (shape.Name != Gml + "Point")
        {
            if (radiusElement is null) return Refused(ErrorCodes.Required, "The gs:Circle holds no gs:radius.");
            if ((string?)radiusElement.Attribute("uom") != Meters)
                return Refused(ErrorCodes.UnknownValue, $"The gs:radius must be in meters (uom=\"{Meters}\").");
            if (Number(radiusElement.Value.Trim()) is not { } r || r <= 0 || r > LocationLimits.MaxRadiusMeters)
                return Refused(ErrorCodes.OutOfRange, $"The gs:radius must be a number of meters above 0 and at most {LocationLimits.MaxRadiusMeters:0}.");
            radius = r;
        }
        return (new NetworkLocation(latitude, longitude, radius, LocationSource.Pidf, fixedAt), null);
    }

    /// <summary>The time the location was determined: RFC 5491's dm:timestamp of the device, or the tuple's own.</summary>
    private static (DateTimeOffset? Value, FieldError? Error)? Timestamp(XElement info)
    {
        var holder = info.Ancestors().FirstOrDefault(a => a.Name == DataModel + "device" || a.Name == Pidf + "tuple" || a.Name == DataModel + "person");
        var stamp = holder?.Element(DataModel + "timestamp") ?? holder?.Element(Pidf + "timestamp");
        if (stamp is null) return null;
        return IsoTime.TryParse(stamp.Value.Trim(), out var value)
            ? (value.ToUniversalTime(), null)
            : (null, new FieldError(Field, ErrorCodes.TimeFormat, $"The PIDF-LO timestamp {IsoTime.Rule}."));
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private static (NetworkLocation?, FieldError?) Refused(string code, string message) => (null, new FieldError(Field, code, message));
}
