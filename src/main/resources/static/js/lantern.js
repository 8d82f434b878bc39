// Lantern's only script: switches on GOV.UK Frontend and MoJ Frontend components.
// Loaded as a module, so it runs only where those components are supported.
import { initAll as initGovuk } from '/govuk/govuk-frontend.min.js'
import { initAll as initMoj } from '/moj/moj-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initGovuk()
initMoj()
