using System.Globalization;
using System.Reflection;
using ArmsWatch.Documents;
using Microsoft.AspNetCore.Mvc;

namespace ArmsWatch.Server;

/// <summary>
/// Checks the API's query parameters before an endpoint binds them, so a bad one is a 400 saying which parameter is
/// wrong and why ("from_year: 'abc' is not a whole number") instead of an empty 400 from binding, and a vocabulary
/// value is judged under its parameter's name ("category"), never a type's.
/// </summary>
public static class QueryParameterCheck
{
    /// <summary>Whole-number parameters: every integer one of <see cref="ListingParameters"/>, and the live stream's <c>after</c>.</summary>
    private static readonly Dictionary<string, bool> WholeNumbers = typeof(ListingParameters).GetProperties()
        .Select(property => (Query: property.GetCustomAttribute<FromQueryAttribute>()?.Name, Type: Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType))
        .Where(parameter => parameter.Query is not null && (parameter.Type == typeof(int) || parameter.Type == typeof(long)))
        .Select(parameter => new KeyValuePair<string, bool>(parameter.Query!, parameter.Type == typeof(long)))
        .Append(new KeyValuePair<string, bool>("after", true))
        .DistinctBy(parameter => parameter.Key)
        .ToDictionary(StringComparer.Ordinal);

    private static readonly Dictionary<string, IReadOnlyList<string>> Vocabularies = new(StringComparer.Ordinal)
    {
        ["category"] = [.. VocabularyText<WeaponCategory>.All],
        ["stage"] = [.. VocabularyText<Stage>.All],
        ["certainty"] = [.. VocabularyText<Certainty>.All],
    };

    public static IApplicationBuilder UseQueryParameterCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api") && Problem(context.Request.Query) is { } problem)
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter", detail: problem).ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    /// <summary>What is wrong with the first bad parameter, or null when every known one is well formed (empty means not given).</summary>
    public static string? Problem(IQueryCollection query)
    {
        foreach (var (name, values) in query)
        {
            if (values.ToString().Any(char.IsControl))
                return $"{name} holds control characters";
            var value = values.ToString().Trim();
            if (value.Length > 0 && (WholeNumberProblem(name, values.Count, value) ?? VocabularyProblem(name, value)) is { } problem)
                return problem;
        }
        return null;
    }

    private static string? WholeNumberProblem(string name, int count, string value)
    {
        if (!WholeNumbers.TryGetValue(name, out var isLong))
            return null;
        if (count > 1)
            return $"{name} is given {count} times: give it once";
        var parsed = isLong
            ? long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            : int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
        return parsed ? null : $"{name}: '{Shown(value)}' is not a whole number" + (name.EndsWith("year", StringComparison.Ordinal) ? " (a year such as 2016)" : "");
    }

    private static string? VocabularyProblem(string name, string value) =>
        Vocabularies.TryGetValue(name, out var allowed) && !allowed.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? $"{name}: '{Shown(value)}' is not one of {string.Join(", ", allowed)}"
            : null;

    // The value is echoed so the caller sees what arrived, but never at any length.
    private static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
