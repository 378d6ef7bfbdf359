using System;
using System.IO;
using System.Linq;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>
/// The public key of a strong-name key pair file (.snk = CAPI PRIVATEKEYBLOB), in the form an
/// assembly's metadata carries it: signature/hash algorithm header + PUBLICKEYBLOB.
/// </summary>
public static class StrongNameKey
{
    private const int BlobHeaderLength = 8;
    private const int RsaHeaderLength = 12;

    public static byte[] PublicKeyOf(string snkPath)
    {
        var pair = File.ReadAllBytes(snkPath);
        if (pair.Length < BlobHeaderLength + RsaHeaderLength || pair[0] != 0x07)
        {
            throw new InvalidDataException($"{snkPath} is not a key pair blob.");
        }

        var bitLength = BitConverter.ToInt32(pair, BlobHeaderLength + 4);
        var exponent = pair.Skip(BlobHeaderLength + 8).Take(4);
        var modulus = pair.Skip(BlobHeaderLength + RsaHeaderLength).Take(bitLength / 8);

        var publicKeyBlob = new byte[] { 0x06, 0x02, 0x00, 0x00, 0x00, 0x24, 0x00, 0x00 } // PUBLICKEYBLOB, CALG_RSA_SIGN
            .Concat(new byte[] { (byte)'R', (byte)'S', (byte)'A', (byte)'1' })
            .Concat(BitConverter.GetBytes(bitLength))
            .Concat(exponent)
            .Concat(modulus)
            .ToArray();
        return BitConverter.GetBytes(0x00002400) // CALG_RSA_SIGN
            .Concat(BitConverter.GetBytes(0x00008004)) // CALG_SHA1
            .Concat(BitConverter.GetBytes(publicKeyBlob.Length))
            .Concat(publicKeyBlob)
            .ToArray();
    }
}
