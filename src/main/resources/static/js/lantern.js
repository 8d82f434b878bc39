// Lantern's only script: switches on GOV.UK Frontend and MoJ Frontend components.
// Loaded as a module, so it runs only where those components are supported.
import { initAll as initGovuk } from '/govuk/govuk-frontend.min.js'
import { initAll as initMoj } from '/moj/moj-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initGovuk()
initMoj()

// A table wider than the page on a narrow screen scrolls inside its own region rather than pushing
// the whole page sideways: the region can be scrolled from the keyboard and is named by the
// table's caption (or the heading before it). Tables whose rows stack on a phone (lantern-stack)
// and those already in a region are left alone; a table that fits gets no extra tab stop.
function scrollWideTables () {
  document.querySelectorAll('main table.govuk-table:not(.lantern-stack)').forEach((table) => {
    const parent = table.parentElement
    if (!parent || table.closest('.lantern-scroll') || table.scrollWidth <= parent.clientWidth) {
      return
    }
    const region = document.createElement('div')
    region.className = 'lantern-scroll'
    region.tabIndex = 0
    const caption = table.querySelector('caption')
    let heading = table.previousElementSibling
    while (heading && !/^H[1-6]$/.test(heading.tagName)) {
      heading = heading.previousElementSibling
    }
    const name = (caption || heading)?.textContent.trim()
    if (name) {
      region.setAttribute('role', 'region')
      region.setAttribute('aria-label', name)
    }
    table.classList.add('lantern-scroll__table')
    parent.insertBefore(region, table)
    region.appendChild(table)
  })
}

scrollWideTables()
window.addEventListener('resize', scrollWideTables)
