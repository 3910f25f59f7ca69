namespace Monitoring.Domain.Interactions;

/// <summary>The one rule for a point a form gives, wherever a form gives one (the intake's place, the telephony's position).</summary>
public static class PointRules
{
    /// <summary>Adds what is wrong with the latitude and longitude under <paramref name="prefix"/> ("location"); true when both hold.</summary>
    public static bool Check(double? latitude, double? longitude, string prefix, List<FieldError> errors)
    {
        var before = errors.Count;
        Degrees(latitude, $"{prefix}.latitude", "latitude", 90, errors);
        Degrees(longitude, $"{prefix}.longitude", "longitude", 180, errors);
        return errors.Count == before;
    }

    private static void Degrees(double? value, string field, string name, double limit, List<FieldError> errors)
    {
        if (value is not { } degrees) errors.Add(new FieldError(field, ErrorCodes.Required, $"The {name} is required."));
        else if (!double.IsFinite(degrees) || Math.Abs(degrees) > limit)
            errors.Add(new FieldError(field, ErrorCodes.OutOfRange, $"The {name} must be a number between -{limit} and {limit}."));
    }
}
