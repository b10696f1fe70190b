using System.CommandLine;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Register;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch claims [filters]</c>: the register's claims that match, as a table, JSON or CSV.</summary>
public static class ClaimsCommand
{
    public static Command Create() => ListingCommand.Create(
        "claims",
        "List the claims in the register that match every filter given.",
        (store, filter) => store.Claims(filter),
        ClaimsTable.Of,
        RegisterExport.Claims);
}
