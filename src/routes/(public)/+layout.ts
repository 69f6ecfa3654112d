// Public pages need no JavaScript: their forms are plain POSTs (Post/Redirect/Get), and the quick exit
// (button and Escape x3) is the inline script of app.html. So they ship none (SvelteKit renders them on
// the server only). A public page that truly needs the app in the browser says `export const csr = true`
// in its own +page.ts.
export const csr = false;
