/**
 * Sample officials of Sekretariat Daerah Kabupaten Tapin: the four of the SOP (DOMAIN.md: Kasubag
 * Perencanaan dan Pelaporan, Tim SAKIP, Kepala Bagian Umum dan Keuangan, Sekretaris Daerah) and the
 * Kepala of each sample Bagian. The names are made up; every NIP passes the domain's NIP rule (a
 * real birth date, an appointment month, the sex digit, a sequence). The Kepala Bagian Umum dan
 * Keuangan is one person in both lists. Pure data: no Node, no hosts.
 */
import type { Official, Person, RoundSetup } from "../domain/setup/setup-types";
import { SAMPLE_BAGIAN } from "./sample-dpa";

const KABAG_UMUM: Person = { nama: "H. Syahrani, S.Sos., M.Si.", nip: "197206111998031005" };

/** The officials of the SOP, one per role, as Pengaturan lists them. */
export const SAMPLE_PEJABAT: readonly Official[] = [
  {
    peran: "kasubag-perencanaan",
    nama: "Nurul Hidayah, S.E., M.M.",
    jabatan: "Kepala Subbagian Perencanaan dan Pelaporan",
    nip: "198503142009022003",
  },
  {
    peran: "tim-sakip",
    nama: "Muhammad Arsyad, S.Kom.",
    jabatan: "Ketua Tim SAKIP Sekretariat Daerah",
    nip: "199108232015031001",
  },
  { peran: "kabag-umum-keuangan", ...KABAG_UMUM, jabatan: "Kepala Bagian Umum dan Keuangan" },
  {
    peran: "sekretaris-daerah",
    nama: "Dr. H. Rahmat Hidayat, M.Si.",
    jabatan: "Sekretaris Daerah Kabupaten Tapin",
    nip: "196810051994031007",
  },
];

/** The Kepala of each sample Bagian (keys of SAMPLE_BAGIAN). */
export const SAMPLE_KEPALA: Readonly<Record<keyof typeof SAMPLE_BAGIAN, Person>> = {
  PEM: { nama: "Ahmad Rizani, S.STP., M.Si.", nip: "197904152003121002" },
  KESRA: { nama: "Hj. Siti Rahmah, S.Ag.", nip: "197711082002122003" },
  HUKUM: { nama: "Muhammad Fauzi, S.H., M.H.", nip: "198002202005011004" },
  EKON: { nama: "Ir. Nor Aisyah, M.P.", nip: "197503251999032002" },
  ADPEM: { nama: "Rahmadi, S.T., M.T.", nip: "198107182006041003" },
  PBJ: { nama: "Fitriani, S.E., M.Ak.", nip: "198409302010012006" },
  ORG: { nama: "Abdul Gafur, S.Sos.", nip: "197812012003121005" },
  UMUM: KABAG_UMUM,
  PROKOPIM: { nama: "Hairil Anwar, S.I.Kom.", nip: "198605172011011002" },
};

/** The Kepala of a Bagian named as the sample DPA names it ("Bagian Hukum"); undefined for any other. */
export function sampleKepalaOf(namaBagian: string): Person | undefined {
  const wanted = namaBagian.trim().toLowerCase();
  const key = (Object.keys(SAMPLE_BAGIAN) as (keyof typeof SAMPLE_BAGIAN)[]).find(
    (k) => SAMPLE_BAGIAN[k].toLowerCase() === wanted,
  );
  return key ? SAMPLE_KEPALA[key] : undefined;
}

/**
 * The setup with the sample officials as its pejabat and each sample Bagian's Kepala stated: what a
 * planner types into Pengaturan. Bagian the sample does not know keep their Kepala as they are.
 */
export function withSampleOfficials(setup: RoundSetup): RoundSetup {
  return {
    ...setup,
    pejabat: SAMPLE_PEJABAT.map((p) => ({ ...p })),
    bagian: setup.bagian.map((b) => {
      const kepala = sampleKepalaOf(b.nama);
      return kepala ? { ...b, kepala: { ...kepala } } : b;
    }),
  };
}
