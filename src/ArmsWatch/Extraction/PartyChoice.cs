namespace ArmsWatch.Extraction;

/// <summary>What the party decisions made of a candidate: the supplier and recipient chosen, with their probabilities.</summary>
public sealed record PartyChoice(PartyOption Supplier, double SupplierP, PartyOption Recipient, double RecipientP)
{
    /// <summary>Adds the choice as features of the claim decision.</summary>
    public void Describe(FeatureList features)
    {
        features.Add($"parties:sup={Supplier.Source}");
        features.Add($"parties:rec={Recipient.Source}");
        features.Add($"parties:sup+rec={Supplier.Source}|{Recipient.Source}");
        features.Add($"parties:sup-p={Bucket(SupplierP)}");
        features.Add($"parties:rec-p={Bucket(RecipientP)}");
    }

    private static string Bucket(double p) => p switch { >= 0.9 => "0.9", >= 0.7 => "0.7", >= 0.5 => "0.5", >= 0.3 => "0.3", _ => "low" };
}
