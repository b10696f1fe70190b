using System.CommandLine;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Register;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch deals [filters]</c>: claims merged into deals, with their timelines, disputed figures and why they were merged.</summary>
public static class DealsCommand
{
    public static Command Create() => ListingCommand.Create(
        "deals",
        "List deals (claims about the same transfer, merged across articles) with a mention that matches every filter given.",
        (store, filter) => store.Deals(filter),
        DealsTable.Of,
        RegisterExport.Deals);
}
