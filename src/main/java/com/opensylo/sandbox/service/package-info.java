/** Sandbox settings and services. */
package com.opensylo.sandbox.service;
