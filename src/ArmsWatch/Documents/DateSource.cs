namespace ArmsWatch.Documents;

/// <summary>Where a document's publication date came from, strongest evidence first.</summary>
public enum DateSource
{
    /// <summary>The input gave it (a JSON Lines or API <c>published</c> field, a feed item's date).</summary>
    Input,

    /// <summary>The page's own metadata: <c>article:published_time</c>, JSON-LD <c>datePublished</c>, a meta date, <c>&lt;time&gt;</c>.</summary>
    Metadata,

    /// <summary>A date in the page's address (<c>/2017/01/02/</c>, <c>20170102</c>, <c>/2017/01/</c>).</summary>
    Url,

    /// <summary>A full date the text writes as its own: a date line or dateline at its top, or an explicit full date.</summary>
    TextDate,

    /// <summary>Estimated from the years, months and weekdays the text names and the tenures of the officials it names.</summary>
    Estimate,
}
