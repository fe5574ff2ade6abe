// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The entry of the faker bundle (cmake/VendorBundles.cmake): @faker-js/faker with the English
// locale only, as the global __mbFakerModule. `faker` is the instance the dialects use (what
// `import { faker } from '@faker-js/faker'` gives in node); FakerError is the class of what it
// throws for bad arguments or an empty dataset (Mockoon renders those as ''); the rest lets a
// renderer make an instance of its own, e.g. one driven by its seeded generator:
//   new Faker({ locale: [en, base], randomizer: generateMersenne53Randomizer(seed) })
import {
    Faker,
    FakerError,
    base,
    en,
    faker,
    generateMersenne32Randomizer,
    generateMersenne53Randomizer,
} from '@faker-js/faker';

globalThis.__mbFakerModule = {
    faker: faker,
    Faker: Faker,
    FakerError: FakerError,
    en: en,
    base: base,
    generateMersenne32Randomizer: generateMersenne32Randomizer,
    generateMersenne53Randomizer: generateMersenne53Randomizer,
    // __MB_VERSIONS__: the installed packages' versions, defined by bundle.mjs.
    version: __MB_VERSIONS__['@faker-js/faker'],
};
